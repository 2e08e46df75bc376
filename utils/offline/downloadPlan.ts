import type { WalkOfflinePackage } from '#shared/types/offline'

export interface PlannedFile {
  url: string
  bytes: number
  /** Fetched again even when a copy is stored: content that changed, or answers that change on their own. */
  refresh: boolean
  /** A map tile: its size is an estimate. */
  tile?: true
}

// Neither sizes are known before fetching: these are typical, so the total shown is "about".
const LIVE_ANSWER_BYTES = 2_000
export const TILE_BYTES_ESTIMATE = 15_000

/**
 * The files one walk download stores: every content answer, the first narration format this browser can
 * play (as the player chooses), one copy of each stop's photo, the walk's group walks and, where allowed, the map tiles along the route.
 */
export function planWalkDownload(pkg: WalkOfflinePackage, canPlay: (type: string) => boolean, tileUrls: string[], refreshContent: boolean) {
  const files: PlannedFile[] = [
    ...pkg.data.map(({ url, bytes }) => ({ url, bytes, refresh: refreshContent })),
    ...pkg.live.map(url => ({ url, bytes: LIVE_ANSWER_BYTES, refresh: true })),
    ...pkg.narration.flatMap(({ sources }) => {
      const playable = sources.find(source => canPlay(source.type))
      return playable ? [{ url: playable.url, bytes: playable.bytes, refresh: false }] : []
    }),
    ...pkg.photos.map(({ url, bytes }) => ({ url, bytes, refresh: false })),
    ...tileUrls.map(url => ({ url, bytes: TILE_BYTES_ESTIMATE, refresh: false, tile: true as const })),
  ]
  return { files, totalBytes: files.reduce((sum, file) => sum + file.bytes, 0) }
}
