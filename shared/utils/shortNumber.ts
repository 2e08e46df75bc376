import type { LocaleCode } from '../../i18n/registry'

/**
 * Separators of each UI language with Latin digits, as Intl.NumberFormat gives them (a unit test
 * holds the two together). Written out because building the first Intl.NumberFormat of a page
 * loads locale data: about 40 ms on a cheap phone, on every page that shows a distance.
 */
const SEPARATORS: Record<LocaleCode, { decimal: string, group: string }> = {
  en: { decimal: '.', group: ',' },
  zh: { decimal: '.', group: ',' },
  ko: { decimal: '.', group: ',' },
  ru: { decimal: ',', group: '\u00A0' },
  fr: { decimal: ',', group: '\u202F' },
  ar: { decimal: '.', group: ',' },
}

/**
 * A number with at most one decimal, in Latin digits, as `locale` writes it (1.5, 1,5, 1 200).
 * Latin digits in every language keep the server's and the browser's output identical.
 */
export function formatShortNumber(value: number, locale: LocaleCode): string {
  const { decimal, group } = SEPARATORS[locale] ?? SEPARATORS.en
  const tenths = Math.round(Math.abs(value) * 10)
  const whole = String(Math.floor(tenths / 10))
  const fraction = tenths % 10
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group)
  const sign = value < 0 && tenths > 0 ? '-' : ''
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`
}
