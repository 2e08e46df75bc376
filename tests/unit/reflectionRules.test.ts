import { describe, expect, it } from 'vitest'
import { reflectionClosed, type ReflectionPlaceFacts } from '../../shared/utils/reflectionRules'

const now = new Date('2026-12-20T12:00:00Z')
const place = (overrides: Partial<ReflectionPlaceFacts> = {}): ReflectionPlaceFacts => ({
  status: 'confirmed', eventStatus: 'published', startsAt: new Date('2026-12-20T09:00:00Z'), durationMin: 120, personalDataDeletedAt: null, ...overrides,
})

describe('when a student may write a reflection', () => {
  it('from the start of the walk, with a confirmed place', () => {
    expect(reflectionClosed(place(), now, 30)).toBeNull()
    expect(reflectionClosed(place({ startsAt: new Date('2026-12-20T12:00:01Z') }), now, 30)).toBe('notYet')
  })

  it('never from the waiting list, a cancelled place or a cancelled walk', () => {
    expect(reflectionClosed(place({ status: 'waiting' }), now, 30)).toBe('notConfirmed')
    expect(reflectionClosed(place({ status: 'cancelled' }), now, 30)).toBe('notConfirmed')
    expect(reflectionClosed(place({ eventStatus: 'cancelled' }), now, 30)).toBe('cancelled')
  })

  it('until the personal data is deleted: after the retention days, or when the student deleted it', () => {
    expect(reflectionClosed(place(), new Date('2027-01-18T12:00:00Z'), 30)).toBeNull()
    expect(reflectionClosed(place(), new Date('2027-01-20T12:00:00Z'), 30)).toBe('expired')
    expect(reflectionClosed(place({ personalDataDeletedAt: now }), now, 30)).toBe('expired')
  })
})
