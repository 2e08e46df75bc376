/**
 * Event times are entered and shown in Shanghai time and stored as UTC instants. China has kept
 * UTC+8 without daylight saving since 1991, so the offset is fixed.
 */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai'
const OFFSET_MS = 8 * 60 * 60 * 1000
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** "2026-12-05T10:00" (a datetime-local value, Shanghai wall clock) → the UTC instant, or null. */
export function parseShanghaiDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  const utc = Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS
  const date = new Date(utc)
  // Reject impossible dates such as 31 February, which Date.UTC would roll over.
  const back = new Date(utc + OFFSET_MS)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59) return null
  return date
}

/** The UTC instant → "2026-12-05T10:00" on the Shanghai wall clock (for datetime-local inputs). */
export function toShanghaiDateTimeValue(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16)
}

// Building an Intl.DateTimeFormat costs far more than using one: one per locale, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>()

/** A date and time as people in `locale` write it, always in Shanghai time. */
export function formatShanghai(date: Date, locale: string): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: SHANGHAI_TIME_ZONE, dateStyle: 'full', timeStyle: 'short', numberingSystem: 'latn' })
    formatters.set(locale, formatter)
  }
  return formatter.format(date)
}

/** The time of day on the Shanghai wall clock, "14:05": read alike in every language the app speaks. */
export function shanghaiClock(date: Date | string): string {
  return toShanghaiDateTimeValue(new Date(date)).slice(11, 16)
}
