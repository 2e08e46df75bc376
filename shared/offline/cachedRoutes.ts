/**
 * Same-origin GET routes whose answers the service worker keeps for offline use: public content, public events,
 * translations and manifests. Personal and organiser routes are never stored.
 */
const CACHED_PREFIXES = ['/api/walks', '/api/events', '/_i18n/', '/manifest/']

export function isCachedDataPath(pathname: string): boolean {
  return CACHED_PREFIXES.some(prefix => pathname.startsWith(prefix))
}

/** A page with one person's unpublished work (the studio): never stored on the phone, where someone else may open it. */
export function isPrivatePage(pathname: string): boolean {
  return /^(?:\/[a-z]{2})?\/studio(?:\/|$)/.test(pathname)
}

/** Sent by a walk download: the service worker lets the request through to the network instead of answering from its cache. */
export const FRESH_HEADER = 'x-citywalk-fresh'
