import { corridorTiles, tileUrl } from '#shared/map/corridorTiles'
import { resolveTileSource, type MapRuntimeConfig } from '#shared/map/tileSources'
import type { WalkOfflinePackage } from '#shared/types/offline'
import type { LatLng } from '#shared/utils/geo'
import type { DownloadOptions } from './walkDownloads'

// What a walker sees with the map following them: 150 m either side of the route, street to house level.
const CORRIDOR_M = 150
const CORRIDOR_ZOOMS = [14, 15, 16, 17]

/** How walk downloads choose narration formats and map tiles on this device with the configured tile source. */
export function downloadOptionsFor(mapConfig: MapRuntimeConfig): DownloadOptions {
  const source = resolveTileSource(mapConfig)
  const corridor = async (pkg: WalkOfflinePackage) => {
    // Only a map in Chinese coordinates (GCJ-02) needs the converter: the walk page's first load goes without it.
    const project = source.crs === 'gcj02' ? (await import('#shared/utils/chinaCoordinates')).wgs84ToGcj02 : (point: LatLng) => point
    return corridorTiles(pkg.line.map(([lat, lng]) => project({ lat, lng })), CORRIDOR_M, CORRIDOR_ZOOMS)
  }
  const canPlay = (type: string) => document.createElement('audio').canPlayType(type) !== ''

  if (source.format === 'pmtiles') {
    // Loaded only where an archive is configured: the walk page's first load stays the same.
    const archives = () => import('../map/archiveDownload')
    return {
      canPlay,
      tileUrlsFor: async (pkg, forSizeOnly) => (await archives()).archiveTileUrls(source.url, await corridor(pkg), forSizeOnly),
      tileResponse: async (key, signal) => (await archives()).archiveTileResponse(source.url, key, signal),
    }
  }
  return {
    canPlay,
    tileUrlsFor: async pkg => source.allowsPrefetch ? (await corridor(pkg)).map(tile => tileUrl(source.url, tile, source.subdomains ?? 'abc')) : [],
  }
}
