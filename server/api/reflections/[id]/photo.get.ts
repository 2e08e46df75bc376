import { and, eq } from 'drizzle-orm'
import { reflectionPhoto } from '../../../db/reflectionStore'

/** A reflection's photo: to anyone once published; before that, or once hidden, to its walk's organisers only. */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const database = await useDatabase()
  const photo = await reflectionPhoto(database, { id })
  if (!photo) throw apiError(404, 'reflectionNotFound')
  if (photo.status === 'approved') {
    setResponseHeaders(event, { 'content-type': 'image/jpeg', 'cache-control': 'public, max-age=3600' })
    return photo.bytes
  }
  const user = await liveSessionUser(event)
  const { eventOrganisers } = database.tables
  const [link] = user?.role === 'organiser'
    ? await database.db.select().from(eventOrganisers).where(and(eq(eventOrganisers.eventId, photo.eventId), eq(eventOrganisers.userId, user.id)))
    : []
  if (!link) throw apiError(404, 'reflectionNotFound')
  setResponseHeaders(event, { 'content-type': 'image/jpeg', 'cache-control': 'no-store' })
  return photo.bytes
})
