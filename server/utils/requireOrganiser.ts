import type { H3Event } from 'h3'
import { and, eq } from 'drizzle-orm'

/** The logged-in organiser, or a 401 (no session) / 403 (not an organiser). */
export async function requireOrganiser(event: H3Event) {
  const session = await getUserSession(event)
  if (!session.user) throw apiError(401, 'unauthenticated')
  if (session.user.role !== 'organiser') throw apiError(403, 'forbidden')
  return session.user
}

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
