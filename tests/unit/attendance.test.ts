import { describe, expect, it } from 'vitest'
import type { OrganiserEvent } from '../../shared/types/organiser'
import { attendanceByWalk, attendanceTotals, pastAttendance } from '../../shared/utils/attendance'

const NOW = new Date('2026-12-07T12:00:00Z')
let next = 0
const walk = (title: string, startsAt: string, confirmed: number, checkedIn: number, status: OrganiserEvent['status'] = 'published'): OrganiserEvent => ({
  id: `w${next++}`, title, startsLabel: '', startsAt, status, capacity: 20, teamRole: 'organiser',
  counts: { confirmed, waiting: 0, checkedIn, noShows: confirmed - checkedIn },
})

describe('attendance at past walks', () => {
  const events = [
    walk('Suzhou Creek', '2026-11-28T01:30:00Z', 10, 8),
    walk('Yuyuan Road', '2026-11-14T01:30:00Z', 12, 12),
    walk('Yuyuan Road', '2026-11-21T01:30:00Z', 6, 3),
    walk('Yuyuan Road', '2026-12-12T01:30:00Z', 5, 0),
    walk('Yuyuan Road', '2026-11-07T01:30:00Z', 9, 0, 'cancelled'),
    walk('Yuyuan Road', '2026-11-01T01:30:00Z', 0, 0, 'draft'),
  ]

  it('counts the published walks that have started, oldest first: not what is ahead, cancelled or a draft', () => {
    const rows = pastAttendance(events, NOW)
    expect(rows.map(row => [row.startsAt.slice(0, 10), row.confirmed, row.arrived, row.noShows])).toEqual([
      ['2026-11-14', 12, 12, 0], ['2026-11-21', 6, 3, 3], ['2026-11-28', 10, 8, 2],
    ])
  })

  it('adds them up, in all and per route, with the share who came', () => {
    const rows = pastAttendance(events, NOW)
    expect(attendanceTotals(rows)).toEqual({ walks: 3, confirmed: 28, arrived: 23, noShows: 5, rate: 23 / 28 })
    expect(attendanceByWalk(rows)).toEqual([
      { title: 'Yuyuan Road', walks: 2, confirmed: 18, arrived: 15, noShows: 3, rate: 15 / 18 },
      { title: 'Suzhou Creek', walks: 1, confirmed: 10, arrived: 8, noShows: 2, rate: 0.8 },
    ])
    expect(attendanceTotals([]).rate).toBeNull()
  })
})
