/** One response the app asks for, stored for offline use under exactly this URL. */
export interface OfflineEntry {
  url: string
  bytes: number
}

/** A stop's narration (or the walk's introduction) in every format: the browser keeps the first one it can play, as the player does. */
export interface OfflineNarration {
  /** The stop's slug, or the walk's for its introduction. */
  stop: string
  sources: { url: string, type: string, bytes: number }[]
}

/** What "download this walk" stores for one walk in one language. */
export interface WalkOfflinePackage {
  slug: string
  locale: string
  /** Changes whenever a text, a route or a narration of the walk changes: a downloaded copy is then refreshed. */
  version: string
  data: OfflineEntry[]
  /** Answers that change without a content change (the walk's group walks): stored too, fetched afresh when online. */
  live: string[]
  narration: OfflineNarration[]
  /** One WebP of each stop's photo (content-addressed: never refetched). */
  photos: OfflineEntry[]
  /** The route line (WGS-84), for the map tiles along it where the tile source allows storing them. */
  line: [number, number][]
}
