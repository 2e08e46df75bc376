import { reviewDecisionSchema } from '../../../../../shared/schemas/submission'
import { approveSubmission } from '../../../../studio/approveSubmission'
import { findSubmission } from '../../../../studio/submissionStore'
import { workspaceFromEnv } from '../../../../studio/workspace'

/** An organiser publishes the revision they reviewed: files written, committed, publish command started. */
export default defineEventHandler(async (event) => {
  const user = await requireOrganiser(event)
  const { id } = await routeParams(event, idParamSchema)
  const parsed = reviewDecisionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    const database = await useDatabase()
    const published = await approveSubmission(database, workspaceFromEnv(), id, parsed.data.revision, user)
    const row = await findSubmission(database, id)
    if (row) await sendStudioMail(event, 'published', row)
    return published
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
