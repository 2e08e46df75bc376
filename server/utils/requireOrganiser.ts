import type { H3Event } from 'h3'
import { and, eq } from 'drizzle-orm'
import type { Role } from '../db/userStore'

/** The logged-in user if their role is one of `roles`, or a 401 (no session) / 403 (another role). */
async function requireRole(event: H3Event, roles: readonly Role[]) {
  const user = await liveSessionUser(event)
  if (!user) throw apiError(401, 'unauthenticated')
  if (!roles.includes(user.role)) throw apiError(403, 'forbidden')
  return user
}

/** The logged-in organiser, or a 401 / 403. */
export const requireOrganiser = (event: H3Event) => requireRole(event, ['organiser'])

/** Anyone who works on the content in the studio: organisers and volunteers. */
export const requireEditor = (event: H3Event) => requireRole(event, ['organiser', 'volunteer'])

/** Only an event's own organisers see or export its list; to anyone else the event does not exist. */
export async function requireEventOrganiser(event: H3Event, eventId: string) {
  const user = await requireOrganiser(event)
  const database = await useDatabase()
  const { eventOrganisers } = database.tables
  const [link] = await database.db.select().from(eventOrganisers)
    .where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.userId, user.id)))
  if (!link) throw apiError(404, 'eventNotFound')
  return { user, database }
}

/** Check-in is for a walk that goes ahead: a cancelled one refuses it (409 cancelled), however it is asked. */
export async function requireCheckInOpen(event: H3Event, eventId: string) {
  const allowed = await requireEventOrganiser(event, eventId)
  const { events } = allowed.database.tables
  const [row] = await allowed.database.db.select({ status: events.status }).from(events).where(eq(events.id, eventId))
  if (row?.status === 'cancelled') throw apiError(409, 'cancelled')
  return allowed
}
