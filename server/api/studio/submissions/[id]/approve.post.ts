import { reviewDecisionSchema } from '../../../../../shared/schemas/submission'
import { approveSubmission } from '../../../../studio/approveSubmission'
import { workspaceFromEnv } from '../../../../studio/workspace'

/** An organiser publishes the revision they reviewed: files written, committed (and pushed), publish command started. */
export default defineEventHandler(async (event) => {
  const user = await requireOrganiser(event)
  const { id } = await routeParams(event, idParamSchema)
  const parsed = reviewDecisionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    const database = await useDatabase()
    const workspace = workspaceFromEnv()
    const { sha, publishState } = await approveSubmission(database, workspace, id, parsed.data.revision, user, studioStepMail(database, 'published', workspace))
    deliverQueuedMail(event, database)
    return { sha, publishState }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
