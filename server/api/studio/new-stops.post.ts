import { newStopSchema } from '../../../shared/schemas/newStop'
import type { SubmissionView } from '../../../shared/types/submission'
import { newStopIssues } from '../../studio/newStopFiles'
import { proposeNewStop } from '../../studio/submissionStore'
import { submissionView } from '../../studio/submissionView'

/**
 * Proposes a stop that is not in the content yet: its facts and place on a walk, checked at once; the
 * author then writes its English text in the editor and submits it for review like any text.
 */
export default defineEventHandler(async (event): Promise<SubmissionView> => {
  const user = await requireEditor(event)
  const parsed = newStopSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    const workspace = await currentWorkspace(database)
    const issues = newStopIssues(workspace, parsed.data, null)
    if (issues.length) throw apiError(422, 'submissionInvalid', [...new Set(issues.map(i => i.field))], issues)
    setResponseStatus(event, 201)
    return submissionView(await proposeNewStop(database, user.id, parsed.data), user.name, parsed.data.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
