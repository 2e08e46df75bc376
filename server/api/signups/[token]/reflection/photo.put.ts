import { ownReflection, replaceReflectionPhoto } from '../../../../db/reflectionStore'
import { PHOTO_UPLOAD } from '../../../../../shared/schemas/reflection'
import type { ReflectionPlace } from '../../../../../shared/types/reflection'

/** A photo for the student's reflection (written first): stored re-encoded, without its metadata. */
export default defineEventHandler(async (event): Promise<ReflectionPlace> => {
  const { database, token, signup, closed } = await reflectionPlace(event)
  requireReflectionOpen(closed)
  const original = await readBoundedBody(event, PHOTO_UPLOAD.maxBytes, 'photoTooLarge')
  const photo = await preparePhoto(original, getRequestHeader(event, 'content-type'))
  if (!(await replaceReflectionPhoto(database, signup.id, photo, new Date()))) throw apiError(404, 'reflectionNotFound')
  return { closed, reflection: await ownReflection(database, signup.id, token) }
})
