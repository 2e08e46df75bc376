import type { OrganiserEvent } from '../types/organiser'

/** One walk that has taken place: who had a place, who came, who did not. */
export interface AttendanceRow {
  id: string
  title: string
  startsAt: string
  confirmed: number
  arrived: number
  noShows: number
}

export interface AttendanceTotals {
  walks: number
  confirmed: number
  arrived: number
  noShows: number
  /** Arrived out of confirmed, 0–1; null with nobody confirmed. */
  rate: number | null
}

/** The published walks that have started by `now`, oldest first (drafts and cancelled walks took no one). */
export function pastAttendance(events: OrganiserEvent[], now: Date): AttendanceRow[] {
  return events
    .filter(event => event.status === 'published' && Date.parse(event.startsAt) <= now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map(event => ({ id: event.id, title: event.title, startsAt: event.startsAt, confirmed: event.counts.confirmed, arrived: event.counts.checkedIn, noShows: event.counts.noShows }))
}

export function attendanceTotals(rows: AttendanceRow[]): AttendanceTotals {
  const sum = (pick: (row: AttendanceRow) => number) => rows.reduce((total, row) => total + pick(row), 0)
  const confirmed = sum(row => row.confirmed)
  const arrived = sum(row => row.arrived)
  return { walks: rows.length, confirmed, arrived, noShows: sum(row => row.noShows), rate: confirmed ? arrived / confirmed : null }
}

/** Totals per route (the walk's title), the route with the most walks first. */
export function attendanceByWalk(rows: AttendanceRow[]): (AttendanceTotals & { title: string })[] {
  const groups = new Map<string, AttendanceRow[]>()
  for (const row of rows) groups.set(row.title, [...groups.get(row.title) ?? [], row])
  return [...groups].map(([title, group]) => ({ title, ...attendanceTotals(group) }))
    .sort((a, b) => b.walks - a.walks || a.title.localeCompare(b.title))
}
