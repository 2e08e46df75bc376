import { DEFAULT_LOCALE, LOCALES, isLocaleCode, type LocaleCode } from '../../i18n/registry'

/**
 * The UI language for a visitor arriving without one in the URL: the language they chose before
 * (cookie), else the first of their browser's languages that we have, else English.
 */
export function negotiateLocale(acceptLanguage: string | undefined, chosen: string | undefined): LocaleCode {
  if (isLocaleCode(chosen)) return chosen
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = Number(params.find(p => p.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { tag: tag!.toLowerCase(), q: Number.isFinite(q) ? q : 0 }
    })
    .filter(entry => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q)
  for (const { tag } of wanted) {
    const match = LOCALES.find(l => l.language.toLowerCase() === tag || l.code === tag.split('-')[0])
    if (match) return match.code
  }
  return DEFAULT_LOCALE
}
