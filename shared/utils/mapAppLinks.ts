import { wgs84ToGcj02 } from './chinaCoordinates'
import type { LatLng } from './geo'

export interface MapAppLinks {
  geo: string
  apple: string
  amap: string
}

const fixed = (n: number) => n.toFixed(6)

/**
 * Links that hand a place to the phone's map apps. `geo:` and Apple Maps take WGS-84;
 * Amap wants GCJ-02, so the point is converted and declared as such (`coordinate=gaode`).
 */
export function mapAppLinks(point: LatLng, label: string): MapAppLinks {
  const name = encodeURIComponent(label)
  const gcj = wgs84ToGcj02(point)
  return {
    geo: `geo:${fixed(point.lat)},${fixed(point.lng)}?q=${fixed(point.lat)},${fixed(point.lng)}(${name})`,
    apple: `https://maps.apple.com/?ll=${fixed(point.lat)},${fixed(point.lng)}&q=${name}`,
    amap: `https://uri.amap.com/marker?position=${fixed(gcj.lng)},${fixed(gcj.lat)}&name=${name}&coordinate=gaode&callnative=1`,
  }
}
