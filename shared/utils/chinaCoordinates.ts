import gcoord from 'gcoord'
import type { LatLng } from './geo'

/**
 * Mainland Chinese map providers (Amap, Tencent, Apple Maps inside China) use GCJ-02, an
 * obfuscated datum about 500 m off WGS-84 in Shanghai. Our content stores WGS-84.
 */
export function wgs84ToGcj02(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02)
  return { lat, lng }
}

export function gcj02ToWgs84(point: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84)
  return { lat, lng }
}
