import { REMINDER_BEFORE_MS } from '../../shared/utils/signupRules'

/** How long before a walk its reminder goes out: CITYWALK_REMINDER_HOURS (1 to 168), 24 hours by default. */
export function reminderLeadMs(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.CITYWALK_REMINDER_HOURS)
  return Number.isInteger(hours) && hours >= 1 && hours <= 168 ? hours * 3_600_000 : REMINDER_BEFORE_MS
}

/**
 * Someone given a place (or told of a new time) when the walk is already within the reminder's reach
 * has just had an e-mail with the time in it: they count as reminded, rather than get "coming up"
 * seconds later. Returns what `reminded_at` should hold.
 */
export function remindedOnArrival(startsAt: Date, now: Date, leadMs = reminderLeadMs()): Date | null {
  return startsAt.getTime() - now.getTime() <= leadMs ? now : null
}
