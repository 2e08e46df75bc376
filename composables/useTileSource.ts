import { resolveTileSource, type MapRuntimeConfig } from '#shared/map/tileSources'
import { gcj02ToWgs84, wgs84ToGcj02 } from '#shared/utils/chinaCoordinates'
import type { LatLng } from '#shared/utils/geo'

/**
 * The configured map background, the projection that keeps our WGS-84 points on its streets, and
 * its inverse for a point tapped on the map.
 */
export function useTileSource() {
  const config = useRuntimeConfig().public.map as MapRuntimeConfig
  const source = resolveTileSource(config)
  const same = (point: LatLng) => point
  const project = source.crs === 'gcj02' ? wgs84ToGcj02 : same
  const unproject = source.crs === 'gcj02' ? gcj02ToWgs84 : same
  return { source, project, unproject }
}
