/** Cache Storage names shared by the service worker and the app; a walk download owns one cache per walk and language. */
export const PAGES_CACHE = 'citywalk-pages'
export const DATA_CACHE = 'citywalk-data'
export const TILES_CACHE = 'citywalk-tiles'
export const WALK_CACHE_PREFIX = 'citywalk-walk:'

/** The page the service worker serves for a navigation it has never seen: the app boots client-side from it. */
export const APP_SHELL_PATH = '/app-shell'

export function walkCacheName(slug: string, locale: string): string {
  return `${WALK_CACHE_PREFIX}${slug}:${locale}`
}

/** The version of the language pack this phone holds, per language: a tiny answer the service worker keeps for itself. */
export const LANGUAGE_PACKS_CACHE = 'citywalk-language-packs'

export function languagePackKey(locale: string): string {
  return `/language-pack/${locale}`
}
