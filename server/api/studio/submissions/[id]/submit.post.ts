import { reviewDecisionSchema } from '../../../../../shared/schemas/submission'
import type { SubmissionView } from '../../../../../shared/types/submission'
import { submissionFor } from '../../../../studio/studioAccess'
import { publishingIssues } from '../../../../studio/publishingIssues'
import { markSubmitted } from '../../../../studio/submissionStore'
import { submissionView } from '../../../../studio/submissionView'

/** The author sends the revision they see for review, once it passes every check publishing would make. */
export default defineEventHandler(async (event): Promise<SubmissionView> => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  const parsed = reviewDecisionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    const row = await submissionFor(database, id, user)
    if (row.authorId !== user.id) throw apiError(403, 'forbidden')
    const workspace = await currentWorkspace(database)
    const issues = await publishingIssues(database, workspace, row)
    if (issues.length) throw apiError(422, 'submissionInvalid', [...new Set(issues.map(i => i.field))], issues)
    const submitted = await markSubmitted(database, id, user.id, parsed.data.revision, studioStepMail(database, 'submitted', workspace))
    deliverQueuedMail(event, database)
    return submissionView(submitted, user.name, row.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
