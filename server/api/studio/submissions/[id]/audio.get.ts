import { createReadStream, statSync } from 'node:fs'
import { join } from 'node:path'
import { submissionFor } from '../../../../studio/studioAccess'
import { workspaceFromEnv } from '../../../../studio/workspace'

/** The recording of a submission, for its author and the reviewing organiser. */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  try {
    const row = await submissionFor(await useDatabase(), id, user)
    if (!row.audioFile) throw apiError(404, 'submissionNotFound')
    const file = join(workspaceFromEnv().uploadsDir, row.audioFile)
    setResponseHeaders(event, { 'content-type': row.audioType ?? 'audio/wav', 'content-length': statSync(file).size, 'cache-control': 'private, no-store' })
    return sendStream(event, createReadStream(file))
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
