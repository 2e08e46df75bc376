/**
 * Same-origin GET routes whose answers the service worker keeps for offline use: public content, public events,
 * translations and manifests. Personal and organiser routes are never stored.
 */
const CACHED_PREFIXES = ['/api/walks', '/api/events', '/_i18n/', '/manifest/']

export function isCachedDataPath(pathname: string): boolean {
  return CACHED_PREFIXES.some(prefix => pathname.startsWith(prefix))
}

/**
 * A page for one person (a sign-up's personal page, the organiser's lists, a volunteer's drafts in the studio):
 * never stored in the service worker's cache, where someone else using the phone could open it. Offline, these
 * open from the app shell; a student's ticket then comes from the app's own store, which cancelling clears.
 */
export function isPrivatePage(pathname: string): boolean {
  return /^(?:\/[a-z]{2})?\/(?:studio|signup|organiser|live)(?:\/|$)/.test(pathname)
}

/** Sent by a walk download: the service worker lets the request through to the network instead of answering from its cache. */
export const FRESH_HEADER = 'x-citywalk-fresh'
