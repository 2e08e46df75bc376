import { draftSaveSchema } from '../../../shared/schemas/submission'
import type { SubmissionView } from '../../../shared/types/submission'
import { publishedHash } from '../../studio/editorSnapshot'
import { findOpenSubmission, saveDraft } from '../../studio/submissionStore'
import { submissionView } from '../../studio/submissionView'
import { readWorkspaceFile, workspacePaths } from '../../studio/workspace'

/** Autosave: the editor sends the whole draft a moment after each change. */
export default defineEventHandler(async (event): Promise<SubmissionView> => {
  const user = await requireEditor(event)
  const parsed = draftSaveSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  const workspace = await currentWorkspace(database)
  // A stop or walk not yet published can be written by whoever proposed it.
  const proposed = async () => {
    const open = await findOpenSubmission(database, user.id, parsed.data)
    return Boolean(open?.newStop || open?.newWalk)
  }
  if (readWorkspaceFile(workspace, workspacePaths.facts(parsed.data.kind, parsed.data.slug)) === null && !await proposed()) throw apiError(404, 'textNotFound')
  const row = await saveDraft(database, user.id, parsed.data, publishedHash(workspace, parsed.data))
  return submissionView(row, user.name, parsed.data.slug)
})
