import type { H3Event } from 'h3'
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '../../i18n/registry'

/**
 * The app language of the page a request came from: its path's language prefix (same-origin requests
 * carry the page in Referer), else the language cookie, else the default.
 */
export function pageLocale(event: H3Event): LocaleCode {
  const referer = getRequestHeader(event, 'referer')
  if (referer) {
    try {
      const prefix = new URL(referer).pathname.split('/')[1]
      return isLocaleCode(prefix) ? prefix : DEFAULT_LOCALE
    }
    catch {
      // A malformed Referer says nothing; fall through to the cookie.
    }
  }
  const cookie = getCookie(event, 'citywalk_locale')
  return isLocaleCode(cookie) ? cookie : DEFAULT_LOCALE
}
