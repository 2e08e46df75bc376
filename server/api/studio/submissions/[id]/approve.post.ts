import { reviewDecisionSchema } from '../../../../../shared/schemas/submission'
import { approveSubmission } from '../../../../studio/approveSubmission'
import { workspaceFromEnv } from '../../../../studio/workspace'

/** An organiser publishes the revision they reviewed: files written, committed, publish command started. */
export default defineEventHandler(async (event) => {
  const user = await requireOrganiser(event)
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const parsed = reviewDecisionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    return await approveSubmission(await useDatabase(), workspaceFromEnv(), id, parsed.data.revision, user)
  }
  catch (error) {
    throw studioApiError(error)
  }
})
