import { eq } from 'drizzle-orm'
import { findEvent } from '../../../db/eventStore'
import { eventCalendarFile } from '../../../mail/calendar'

/**
 * The walk as a calendar file, from the personal page: only for a place that is confirmed on a walk
 * that still takes place, so nobody puts a walk in their calendar without a place on it.
 */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, tokenParamSchema)
  const locale = await getLocaleQuery(event)
  const database = await useDatabase()
  const [signup] = await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.token, token))
  if (!signup) throw apiError(404, 'signupNotFound')
  const row = await findEvent(database, signup.eventId)
  const detail = row && await loadEventDetail(event, database, row.id, locale)
  if (!row || !detail || signup.status !== 'confirmed' || row.status !== 'published') throw apiError(409, 'noPlaceToCalendar')
  const origin = publicOrigin()
  const prefix = locale === 'en' ? '' : `/${locale}`
  // Calendar apps replace an entry whose SEQUENCE grew: the walk's last change, in seconds, grows with each.
  const ics = eventCalendarFile(detail, origin ? `${origin}${prefix}/signup/${token}` : undefined, { sequence: Math.floor(row.updatedAt.getTime() / 1000) })
  setResponseHeaders(event, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': 'attachment; filename="citywalk.ics"',
    'Cache-Control': 'no-store',
  })
  return ics
})
