import { reflectionPhoto } from '../../../../db/reflectionStore'

/** The student's own photo, whether or not it is published. */
export default defineEventHandler(async (event) => {
  const { database, signup } = await reflectionPlace(event)
  const photo = await reflectionPhoto(database, { signupId: signup.id })
  if (!photo) throw apiError(404, 'reflectionNotFound')
  setResponseHeaders(event, { 'content-type': 'image/jpeg', 'cache-control': 'no-store' })
  return photo.bytes
})
