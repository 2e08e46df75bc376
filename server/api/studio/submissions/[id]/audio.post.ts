import { AUDIO_UPLOAD } from '../../../../../shared/schemas/submission'
import { checkRecording, removeRecording, storeRecording } from '../../../../studio/audioUpload'
import { submissionFor } from '../../../../studio/studioAccess'
import { attachAudio } from '../../../../studio/submissionStore'
import { submissionView } from '../../../../studio/submissionView'
import { workspaceFromEnv } from '../../../../studio/workspace'

/** A recording for a stop's narration, as WAV: checked, stored beside the drafts, and attached to the author's work. */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  const database = await useDatabase()
  const { uploadsDir } = workspaceFromEnv()
  try {
    const row = await submissionFor(database, id, user)
    if (row.authorId !== user.id) throw apiError(403, 'forbidden')
    if (row.kind !== 'stop') throw apiError(422, 'audioInvalid')
    const bytes = await readBoundedBody(event, AUDIO_UPLOAD.maxBytes, 'audioTooLarge')
    const { durationMs } = checkRecording(bytes)
    const file = storeRecording(uploadsDir, id, bytes)
    try {
      const { previousFile, row: updated } = await attachAudio(database, id, user.id, { file, type: AUDIO_UPLOAD.type, bytes: bytes.length, durationMs })
      removeRecording(uploadsDir, previousFile)
      return submissionView(updated, user.name, row.slug)
    }
    catch (error) {
      removeRecording(uploadsDir, file)
      throw error
    }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
