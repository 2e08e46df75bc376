import type { LocaleCode } from '../../i18n/registry'

type Period = { days?: number[], opens: string, closes: string }

// 1 January 2024 was a Monday: ISO weekday n is 2024-01-n.
const weekday = (day: number, locale: LocaleCode) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day))

const list = (items: string[], locale: LocaleCode) => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items)

/** ISO weekdays as the reader's language shortens them, three or more in a row as a range: "Mon–Sat". */
export function formatDays(days: readonly number[], locale: LocaleCode): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && run.at(-1) === day - 1) run.push(day)
    else runs.push([day])
  }
  const parts = runs.flatMap(run => run.length >= 3
    ? [`${weekday(run[0]!, locale)}–${weekday(run.at(-1)!, locale)}`]
    : run.map(day => weekday(day, locale)))
  return list(parts, locale)
}

/** Opening periods, those on the same days together: "Mon–Sat 09:00–11:00, 13:00–16:00"; `daily` names periods with no days. */
export function formatPeriods(periods: readonly Period[], locale: LocaleCode, daily: string): string {
  const byDays = new Map<string, string[]>()
  for (const period of periods) {
    const days = period.days ? formatDays(period.days, locale) : daily
    byDays.set(days, [...byDays.get(days) ?? [], `${period.opens}–${period.closes}`])
  }
  return list([...byDays].map(([days, times]) => `${days} ${list(times, locale)}`), locale)
}

/** A source's date as precise as it was given: a year, a month or a day. */
export function formatAsOf(asOf: string, locale: LocaleCode): string {
  const [year, month, day] = asOf.split('-').map(Number) as [number, number?, number?]
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' }
  if (month) options.month = 'long'
  if (day) options.day = 'numeric'
  return new Intl.DateTimeFormat(locale, options).format(Date.UTC(year, (month ?? 1) - 1, day ?? 1))
}
