import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_LOCALE, isLocaleCode } from '../../../i18n/registry'

/** What internal links may point to: the walks with their stops, the stops, and the files in public/. */
export interface Site {
  walks: ReadonlyMap<string, readonly string[]>
  stops: ReadonlySet<string>
  publicDir: string
}

/**
 * Why an internal link (starting with `/`) leads nowhere, or null when it resolves. Pages follow
 * the routes in pages/ and server/routes/, with the optional locale prefix of a non-default language.
 */
export function brokenLinkReason(url: string, site: Site): string | null {
  let path: string
  try {
    path = decodeURI(url.replace(/[?#].*$/, ''))
  }
  catch {
    return 'malformed address'
  }
  const segments = path.split('/').filter(Boolean)
  const prefixed = isLocaleCode(segments[0]) && segments[0] !== DEFAULT_LOCALE
  const [section, first, second, ...rest] = prefixed ? segments.slice(1) : segments

  if (!section) return null
  if (section === 'walks' && first && rest.length === 0) {
    const stops = site.walks.get(first)
    if (!stops) return `there is no walk ${first}`
    if (!second || second === 'qr' || stops.includes(second)) return null
    return `stop ${second} is not on walk ${first}`
  }
  if (section === 's' && first && rest.length === 0 && !prefixed) {
    if (!site.stops.has(first)) return `there is no stop ${first}`
    return !second || isLocaleCode(second) ? null : `${second} is not a language code`
  }
  const file = join(site.publicDir, path)
  if (!prefixed && file.startsWith(site.publicDir) && existsSync(file) && statSync(file).isFile()) return null
  return 'no such page or file'
}
