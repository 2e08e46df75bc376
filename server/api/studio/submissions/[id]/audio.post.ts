import { AUDIO_UPLOAD } from '../../../../../shared/schemas/submission'
import { checkRecording, prepareRecording } from '../../../../studio/audioUpload'
import { submissionFor } from '../../../../studio/studioAccess'
import { attachAudio } from '../../../../studio/submissionStore'
import { submissionView } from '../../../../studio/submissionView'

/** A recording for a stop's narration, as WAV: checked, cleaned up and brought to the narration loudness, stored in the database, and attached to the author's work. */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  const database = await useDatabase()
  try {
    const row = await submissionFor(database, id, user)
    if (row.authorId !== user.id) throw apiError(403, 'forbidden')
    if (row.kind !== 'stop') throw apiError(422, 'audioInvalid')
    const original = await readBoundedBody(event, AUDIO_UPLOAD.maxBytes, 'audioTooLarge')
    checkRecording(original)
    const { processed, durationMs } = await prepareRecording(original)
    const updated = await attachAudio(database, id, user.id, { recording: processed, original, type: AUDIO_UPLOAD.type, durationMs })
    return submissionView(updated, user.name, row.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
