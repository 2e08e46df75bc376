import type { LocaleCode } from '../../i18n/registry'
import { formatShortNumber } from './shortNumber'

/** Each UI language's units, with the space before them, as Intl.NumberFormat writes them (a unit test holds the two together). */
const UNITS: Record<LocaleCode, { megabyte: string, kilobyte: string }> = {
  en: { megabyte: ' MB', kilobyte: ' kB' },
  zh: { megabyte: ' MB', kilobyte: ' kB' },
  ko: { megabyte: 'MB', kilobyte: 'kB' },
  ru: { megabyte: ' МБ', kilobyte: ' кБ' },
  fr: { megabyte: '\u202FMo', kilobyte: '\u202Fko' },
  ar: { megabyte: ' م.ب', kilobyte: ' كيلوبايت' },
}

/**
 * A file size in the reader's language ("4.2 MB", "4,2 Mo"), with Latin digits like every other number here.
 * Written out because the page's first Intl.NumberFormat loads locale data: about 100 ms of a cheap phone's
 * main thread on the walk page, which shows the size of its download.
 */
export function formatByteSize(bytes: number, locale: LocaleCode): string {
  const units = UNITS[locale] ?? UNITS.en
  if (bytes >= 1_000_000) return `${formatShortNumber(bytes / 1_000_000, locale)}${units.megabyte}`
  return `${formatShortNumber(Math.round(Math.max(1, bytes / 1_000)), locale)}${units.kilobyte}`
}
