import { readRecording } from '../../../../studio/recordingStore'
import { submissionFor } from '../../../../studio/studioAccess'

/** The recording of a submission, for its author and the reviewing organiser. */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  try {
    const database = await useDatabase()
    const row = await submissionFor(database, id, user)
    const recording = row.audioFile ? await readRecording(database, row.audioFile) : null
    if (!recording) throw apiError(404, 'submissionNotFound')
    setResponseHeaders(event, { 'content-type': row.audioType ?? 'audio/wav', 'content-length': recording.length, 'cache-control': 'private, no-store' })
    return recording
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
