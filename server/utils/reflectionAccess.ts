import type { H3Event } from 'h3'
import { eq } from 'drizzle-orm'
import { reflectionClosed } from '../../shared/utils/reflectionRules'
import type { ReflectionClosed } from '../../shared/types/reflection'
import type { ApiErrorKey } from '../../shared/types/apiError'

const REFUSALS: Record<ReflectionClosed, [number, ApiErrorKey]> = {
  notConfirmed: [403, 'reflectionConfirmedOnly'],
  notYet: [409, 'reflectionNotYet'],
  cancelled: [409, 'cancelled'],
  expired: [410, 'reflectionExpired'],
}

/** The sign-up of a personal link, its walk's stops, and whether it may write a reflection now. */
export async function reflectionPlace(event: H3Event) {
  const { token } = await routeParams(event, tokenParamSchema)
  const database = await useDatabase()
  const { signups, events } = database.tables
  const [row] = await database.db.select({
    id: signups.id, eventId: signups.eventId, status: signups.status, personalDataDeletedAt: signups.personalDataDeletedAt,
    eventStatus: events.status, startsAt: events.startsAt, durationMin: events.durationMin, stopSlugs: events.stopSlugs,
  }).from(signups).innerJoin(events, eq(events.id, signups.eventId)).where(eq(signups.token, token))
  if (!row || row.eventStatus === 'draft') throw apiError(404, 'signupNotFound')
  const closed = reflectionClosed(row, new Date(), Number(useRuntimeConfig().public.retentionDays))
  return { database, token, signup: row, closed }
}

/** Refuses a write when the place is closed to reflections, saying why. */
export function requireReflectionOpen(closed: ReflectionClosed | null) {
  if (!closed) return
  const [status, key] = REFUSALS[closed]
  throw apiError(status, key)
}
