import { createHash } from 'node:crypto'
import { offlineWidth, photoPath } from '../../shared/schemas/stopPhoto'
import type { LocaleCode } from '../../i18n/registry'
import type { OfflineEntry, WalkOfflinePackage } from '../../shared/types/offline'
import { buildStop } from './stopView'
import type { ContentSnapshot } from './contentStore'
import { buildWalk, summariseWalks } from './walkView'

/** A content API answer as the app requests it (`?locale=` is how useContentApi asks) with its exact size. */
function entry(path: string, locale: LocaleCode, body: unknown): OfflineEntry & { json: string } {
  const json = JSON.stringify(body)
  return { url: `${path}?locale=${locale}`, bytes: Buffer.byteLength(json), json }
}

/**
 * Lists what a walk needs offline in one language: the walk list, the walk and its spoken introduction,
 * each stop, each stop's narration and photo. The version hashes all of it, so any content change makes downloaded copies refresh.
 */
export function buildWalkOfflinePackage(content: ContentSnapshot, slug: string, locale: LocaleCode): WalkOfflinePackage | null {
  const walk = buildWalk(content, slug, locale)
  if (!walk) return null
  const entries = [
    entry('/api/walks', locale, summariseWalks(content, locale)),
    entry(`/api/walks/${slug}`, locale, walk),
    ...walk.stops.map(stop => entry(`/api/walks/${slug}/stops/${stop.slug}`, locale, buildStop(content, slug, stop.slug, locale))),
  ]
  const narration = [{ slug, narration: walk.narration }, ...walk.stops.map(stop => ({ slug: stop.slug, narration: stop.narration }))]
    .flatMap(({ slug: of, narration }) => narration
      ? [{ stop: of, sources: narration.sources.map(({ src, type, bytes }) => ({ url: src, type, bytes })) }]
      : [])

  // One WebP per stop photo: the page's <img> falls back to it, and the service worker serves it for any width asked.
  const photos = walk.stops.flatMap((stop) => {
    const photo = content.stopFacts.get(stop.slug)?.photo
    return photo ? [{ url: photoPath(stop.slug, photo, offlineWidth(photo), 'webp'), bytes: photo.offlineBytes }] : []
  })

  const hash = createHash('sha256')
  for (const { url, json } of entries) hash.update(url).update('\0').update(json).update('\0')
  hash.update(JSON.stringify(narration)).update(JSON.stringify(photos))
  return {
    slug,
    locale,
    version: hash.digest('hex').slice(0, 16),
    data: entries.map(({ url, bytes }) => ({ url, bytes })),
    live: [`/api/events?locale=${locale}&walk=${slug}`],
    line: walk.line,
    narration,
    photos,
  }
}
