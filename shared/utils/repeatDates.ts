import { parseShanghaiDateTime, toShanghaiDateTimeValue } from './shanghaiTime'

/** The Shanghai date ("2026-12-05") of an instant. */
export const shanghaiDate = (instant: Date) => toShanghaiDateTimeValue(instant).slice(0, 10)

/** The same weekday in each of the `count` weeks after `instant`'s Shanghai date. */
export function weeklyDates(instant: Date, count: number): string[] {
  const day = parseShanghaiDateTime(`${shanghaiDate(instant)}T12:00`)!
  return Array.from({ length: count }, (_, week) => shanghaiDate(new Date(day.getTime() + (week + 1) * 7 * 86_400_000)))
}

/**
 * A walk's times moved to another Shanghai date: the same clock time, the sign-up closing as long before
 * the start as it did. Null for a day that does not exist (2026-02-30).
 */
export function timesOn(date: string, source: { startsAt: Date, signupDeadline: Date }): { startsAt: Date, signupDeadline: Date } | null {
  const startsAt = parseShanghaiDateTime(`${date}T${toShanghaiDateTimeValue(source.startsAt).slice(11)}`)
  if (!startsAt) return null
  return { startsAt, signupDeadline: new Date(startsAt.getTime() - (source.startsAt.getTime() - source.signupDeadline.getTime())) }
}
