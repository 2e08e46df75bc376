import { reflectionPhoto } from '../../../db/reflectionStore'
import { teamRoleOf } from '../../../db/teamStore'

/** A reflection's photo: to anyone once published; before that, or once hidden, to its walk's co-organisers only. */
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
  const role = user?.role === 'organiser' ? await teamRoleOf(database, photo.eventId, user.id) : null
  if (role !== 'organiser') throw apiError(404, 'reflectionNotFound')
  setResponseHeaders(event, { 'content-type': 'image/jpeg', 'cache-control': 'no-store' })
  return photo.bytes
})
