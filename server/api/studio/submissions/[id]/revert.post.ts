import type { SubmissionView } from '../../../../../shared/types/submission'
import { proposeRevert } from '../../../../studio/submissionStore'
import { submissionView } from '../../../../studio/submissionView'
import { englishTitle } from '../../../../studio/workspace'

/** An organiser proposes to undo a published change: a new submission, reviewed like any other, that reverts its commit. */
export default defineEventHandler(async (event): Promise<SubmissionView> => {
  const user = await requireOrganiser(event)
  const { id } = await routeParams(event, idParamSchema)
  const database = await useDatabase()
  try {
    const workspace = await currentWorkspace(database)
    const row = await proposeRevert(database, id, user.id, studioStepMail(database, 'submitted', workspace))
    deliverQueuedMail(event, database)
    return submissionView(row, user.name, englishTitle(workspace, row.kind, row.slug))
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
