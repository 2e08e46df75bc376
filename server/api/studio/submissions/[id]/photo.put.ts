import { STOP_PHOTO_UPLOAD, photoUploadQuerySchema } from '../../../../../shared/schemas/stopPhoto'
import { prepareStopPhoto } from '../../../../studio/stopPhotoUpload'
import { submissionFor } from '../../../../studio/studioAccess'
import { attachPhoto } from '../../../../studio/submissionStore'
import { submissionView } from '../../../../studio/submissionView'

/**
 * A photo of the stop, taken by the volunteer (`?author=&licence=&own=yes`): stored re-encoded,
 * without where, when or with what it was taken, and attached to the author's work for review.
 */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  const { author, licence } = await queryParams(event, photoUploadQuerySchema)
  const database = await useDatabase()
  try {
    const row = await submissionFor(database, id, user)
    if (row.authorId !== user.id) throw apiError(403, 'forbidden')
    if (row.kind !== 'stop') throw apiError(422, 'photoInvalid')
    const original = await readBoundedBody(event, STOP_PHOTO_UPLOAD.maxBytes, 'photoTooLarge')
    const stored = await prepareStopPhoto(original, getRequestHeader(event, 'content-type'))
    const updated = await attachPhoto(database, id, user.id, { stored, credit: { author, licence } })
    return submissionView(updated, user.name, row.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
