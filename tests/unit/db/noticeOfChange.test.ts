import { describe, expect, it } from 'vitest'
import { noticeOfChange } from '../../../server/db/eventStore'
import type { EventRow } from '../../../shared/types/rows'

const walk = {
  status: 'published', startsAt: new Date('2027-03-06T02:00:00Z'), durationMin: 120, capacity: 20,
  meetingLat: 31222300, meetingLng: 121426000, meetingNote: { en: 'Exit 3' }, walkSlug: 'yuyuan-road',
  stopSlugs: ['qian-xuesen-residence', 'rewi-alley-residence'], descriptions: { en: 'A walk.' },
} as unknown as EventRow

describe('what an edit tells the people signed up', () => {
  it.each([
    ['a new time', { startsAt: new Date('2027-03-06T03:00:00Z') }, 'changed'],
    ['a new time and a new place', { startsAt: new Date('2027-03-06T03:00:00Z'), meetingLat: 31223000 }, 'changed'],
    ['a meeting point moved', { meetingLat: 31223000 }, 'updated'],
    ['a new meeting note', { meetingNote: { en: 'Exit 4' } }, 'updated'],
    ['another route', { stopSlugs: ['rewi-alley-residence', 'qian-xuesen-residence'] }, 'updated'],
    ['another length', { durationMin: 150 }, 'updated'],
    ['a new description', { descriptions: { en: 'A walk.', ko: '산책.' } }, 'updated'],
    ['a cancellation', { status: 'cancelled' }, 'cancelled'],
    ['more places only', { capacity: 30 }, null],
    ['nothing', {}, null],
  ] as const)('%s', (_, change, notice) => {
    expect(noticeOfChange(walk, { ...walk, ...change } as EventRow)).toBe(notice)
  })

  it('a draft tells nobody, whatever changes', () => {
    expect(noticeOfChange({ ...walk, status: 'draft' } as EventRow, { ...walk, meetingLat: 1 } as EventRow)).toBeNull()
  })
})
