import { corridorTiles, tileUrl } from '#shared/map/corridorTiles'
import type { WalkOfflinePackage } from '#shared/types/offline'
import type { DownloadOptions } from '~/utils/offline/walkDownloads'

// What a walker sees with the map following them: 150 m either side of the route, street to house level.
const CORRIDOR_M = 150
const CORRIDOR_ZOOMS = [14, 15, 16, 17]

/** How walk downloads choose narration formats and map tiles on this device with this tile source. */
export function useDownloadOptions(): DownloadOptions {
  const { source, project } = useTileSource()
  return {
    canPlay: type => document.createElement('audio').canPlayType(type) !== '',
    tileUrlsFor: (pkg: WalkOfflinePackage) => source.allowsPrefetch
      ? corridorTiles(pkg.line.map(([lat, lng]) => project({ lat, lng })), CORRIDOR_M, CORRIDOR_ZOOMS)
          .map(tile => tileUrl(source.url, tile, source.subdomains ?? 'abc'))
      : [],
  }
}
