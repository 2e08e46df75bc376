import { readRecording } from '../../../../studio/recordingStore'
import { submissionFor } from '../../../../studio/studioAccess'

/** The photo of a submission as it was stored for review, for its author and the reviewing organiser. */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  try {
    const database = await useDatabase()
    const row = await submissionFor(database, id, user)
    const photo = row.photo ? await readRecording(database, row.photo.file) : null
    if (!photo) throw apiError(404, 'submissionNotFound')
    setResponseHeaders(event, { 'content-type': 'image/jpeg', 'content-length': photo.length, 'cache-control': 'private, no-store' })
    return photo
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
