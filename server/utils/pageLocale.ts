import type { H3Event } from 'h3'
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '../../i18n/registry'
import { negotiateLocale } from '../../shared/utils/negotiateLocale'

/**
 * The app language of the page a request came from: its path's language prefix (same-origin requests
 * carry the page in Referer), else the chosen language (cookie) or the browser's, as the site negotiates it.
 */
export function pageLocale(event: H3Event): LocaleCode {
  const referer = getRequestHeader(event, 'referer')
  if (referer) {
    try {
      const prefix = new URL(referer).pathname.split('/')[1]
      return isLocaleCode(prefix) ? prefix : DEFAULT_LOCALE
    }
    catch {
      // A malformed Referer says nothing; negotiate instead.
    }
  }
  return negotiateLocale(getRequestHeader(event, 'accept-language'), getCookie(event, 'citywalk_locale'))
}
