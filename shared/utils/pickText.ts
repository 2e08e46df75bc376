import { CONTENT_FALLBACK_LOCALE, type LocaleCode } from '../../i18n/registry'

/** The text in the asked-for locale, else the fallback locale's, with a note of which it is. */
export function pickText<T>(texts: ReadonlyMap<LocaleCode, T> | undefined, locale: LocaleCode) {
  const own = texts?.get(locale)
  if (own) return { text: own, lang: locale, translated: true }
  const fallback = texts?.get(CONTENT_FALLBACK_LOCALE)
  if (fallback) return { text: fallback, lang: CONTENT_FALLBACK_LOCALE, translated: false }
  return null
}
