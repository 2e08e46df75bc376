/** The rules of group-walk sign-ups, free of any database so they can be tested on their own. */

export type EventStatus = 'draft' | 'published' | 'cancelled'
export type SignupStatus = 'confirmed' | 'waiting' | 'cancelled'

export interface EventTimes {
  status: EventStatus
  startsAt: Date
  durationMin: number
  signupDeadline: Date
}

export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000
export const DEFAULT_RETENTION_DAYS = 30

export type SignupClosedReason = 'notPublished' | 'cancelled' | 'deadlinePassed'

/** Why an event takes no sign-ups now, or null when it does. */
export function signupClosedReason(event: EventTimes, now: Date): SignupClosedReason | null {
  if (event.status === 'cancelled') return 'cancelled'
  if (event.status !== 'published') return 'notPublished'
  if (now.getTime() >= Math.min(event.signupDeadline.getTime(), event.startsAt.getTime())) return 'deadlinePassed'
  return null
}

/** A new sign-up is confirmed while places remain, otherwise it joins the waiting list. */
export function statusForNewSignup(confirmedCount: number, capacity: number): Exclude<SignupStatus, 'cancelled'> {
  return confirmedCount < capacity ? 'confirmed' : 'waiting'
}

/** How many people on the waiting list move up when places free (first come, first served). */
export function placesToPromote(confirmedCount: number, capacity: number, waitingCount: number): number {
  return Math.max(0, Math.min(capacity - confirmedCount, waitingCount))
}

/** 1-based position on the waiting list of the sign-up with `seq`, given everyone's waiting seqs. */
export function waitingPosition(seq: number, waitingSeqs: readonly number[]): number {
  return waitingSeqs.filter(other => other < seq).length + 1
}

export function eventEndsAt(event: Pick<EventTimes, 'startsAt' | 'durationMin'>): Date {
  return new Date(event.startsAt.getTime() + event.durationMin * 60_000)
}

/** The reminder goes out once, in the 24 hours before the start, to a published event. */
export function reminderDue(event: EventTimes, now: Date, alreadySent: boolean): boolean {
  const start = event.startsAt.getTime()
  return !alreadySent && event.status === 'published' && now.getTime() >= start - REMINDER_BEFORE_MS && now.getTime() < start
}

/** Personal data is deleted `retentionDays` after the event has ended. */
export function personalDataExpired(event: Pick<EventTimes, 'startsAt' | 'durationMin'>, now: Date, retentionDays = DEFAULT_RETENTION_DAYS): boolean {
  return now.getTime() >= eventEndsAt(event).getTime() + retentionDays * 24 * 60 * 60 * 1000
}
