import { describe, expect, it } from 'vitest'
import {
  personalDataExpired, placesToPromote, reminderDue, signupClosedReason, statusForNewSignup, waitingPosition, type EventTimes,
} from '../../shared/utils/signupRules'

const event: EventTimes = {
  status: 'published',
  startsAt: new Date('2026-12-05T02:00:00Z'),
  durationMin: 150,
  signupDeadline: new Date('2026-12-04T10:00:00Z'),
}
const hoursBeforeStart = (h: number) => new Date(event.startsAt.getTime() - h * 3_600_000)

describe('capacity and waiting list', () => {
  it('confirms while places remain, then wait-lists', () => {
    expect(statusForNewSignup(0, 30)).toBe('confirmed')
    expect(statusForNewSignup(29, 30)).toBe('confirmed')
    expect(statusForNewSignup(30, 30)).toBe('waiting')
    expect(statusForNewSignup(31, 30)).toBe('waiting')
  })

  it('promotes as many as places freed, never more than are waiting', () => {
    expect(placesToPromote(29, 30, 5)).toBe(1)
    expect(placesToPromote(25, 30, 3)).toBe(3)
    expect(placesToPromote(30, 30, 5)).toBe(0)
    expect(placesToPromote(32, 30, 5)).toBe(0)
  })

  it('counts waiting-list positions first come, first served', () => {
    expect(waitingPosition(7, [3, 7, 9])).toBe(2)
    expect(waitingPosition(3, [3, 7, 9])).toBe(1)
  })
})

describe('deadlines', () => {
  it('takes sign-ups only for a published event before its deadline', () => {
    expect(signupClosedReason(event, hoursBeforeStart(48))).toBeNull()
    expect(signupClosedReason(event, new Date('2026-12-04T10:00:00Z'))).toBe('deadlinePassed')
    expect(signupClosedReason({ ...event, status: 'draft' }, hoursBeforeStart(48))).toBe('notPublished')
    expect(signupClosedReason({ ...event, status: 'cancelled' }, hoursBeforeStart(48))).toBe('cancelled')
  })

  it('closes at the start even if the deadline was set later', () => {
    const late = { ...event, signupDeadline: new Date('2026-12-06T00:00:00Z') }
    expect(signupClosedReason(late, hoursBeforeStart(0))).toBe('deadlinePassed')
  })
})

describe('reminders', () => {
  it('are due once, in the 24 hours before the start', () => {
    expect(reminderDue(event, hoursBeforeStart(25), false)).toBe(false)
    expect(reminderDue(event, hoursBeforeStart(24), false)).toBe(true)
    expect(reminderDue(event, hoursBeforeStart(1), false)).toBe(true)
    expect(reminderDue(event, hoursBeforeStart(1), true)).toBe(false)
    expect(reminderDue(event, hoursBeforeStart(-1), false)).toBe(false)
    expect(reminderDue({ ...event, status: 'cancelled' }, hoursBeforeStart(2), false)).toBe(false)
  })
})

describe('deletion of personal data', () => {
  const ended = new Date(event.startsAt.getTime() + 150 * 60_000)
  const days = (n: number) => new Date(ended.getTime() + n * 86_400_000)

  it('happens 30 days after the event has ended by default', () => {
    expect(personalDataExpired(event, days(29.9))).toBe(false)
    expect(personalDataExpired(event, days(30))).toBe(true)
  })

  it('follows a configured retention', () => {
    expect(personalDataExpired(event, days(7), 7)).toBe(true)
    expect(personalDataExpired(event, days(6), 7)).toBe(false)
  })
})
