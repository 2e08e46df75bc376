import { resolveTileSource, type MapRuntimeConfig } from '#shared/map/tileSources'
import { wgs84ToGcj02 } from '#shared/utils/chinaCoordinates'
import type { LatLng } from '#shared/utils/geo'

/** The configured map background and the projection that keeps our WGS-84 points on its streets. */
export function useTileSource() {
  const config = useRuntimeConfig().public.map as MapRuntimeConfig
  const source = resolveTileSource(config)
  const project = source.crs === 'gcj02' ? wgs84ToGcj02 : (point: LatLng) => point
  return { source, project }
}
