import { eq } from 'drizzle-orm'
import { findEvent } from '../../../db/eventStore'

/**
 * A student follows the live walk from their personal link: only with a confirmed place on a walk
 * that goes ahead. The stream says where the group is and what the guide said, nothing about anyone else.
 */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, tokenParamSchema)
  const database = await useDatabase()
  const { signups } = database.tables
  const [signup] = await database.db.select({ id: signups.id, eventId: signups.eventId, status: signups.status }).from(signups).where(eq(signups.token, token))
  if (!signup) throw apiError(404, 'signupNotFound')
  if (signup.status !== 'confirmed') throw apiError(403, 'liveConfirmedOnly')
  const row = await findEvent(database, signup.eventId)
  if (!row || row.status === 'draft') throw apiError(404, 'eventNotFound')
  if (row.status === 'cancelled') throw apiError(409, 'cancelled')
  return streamLiveWalk(event, database, row.id, { signupId: signup.id })
})
