import { newWalkSchema } from '../../../shared/schemas/newWalk'
import type { SubmissionView } from '../../../shared/types/submission'
import { newWalkIssues } from '../../studio/newWalkFiles'
import { proposeNewWalk } from '../../studio/submissionStore'
import { submissionView } from '../../studio/submissionView'

/**
 * Proposes a walk that is not in the content yet: its stops in order, its stations and warnings, checked
 * at once; the author then writes its English text in the editor and submits it for review like any text.
 */
export default defineEventHandler(async (event): Promise<SubmissionView> => {
  const user = await requireEditor(event)
  const parsed = newWalkSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    const workspace = await currentWorkspace(database)
    const issues = newWalkIssues(workspace, parsed.data)
    if (issues.length) throw apiError(422, 'submissionInvalid', [...new Set(issues.map(i => i.field))], issues)
    setResponseStatus(event, 201)
    return submissionView(await proposeNewWalk(database, user.id, parsed.data), user.name, parsed.data.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
