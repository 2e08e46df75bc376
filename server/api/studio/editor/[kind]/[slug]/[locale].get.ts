import { editorTargetSchema } from '../../../../../../shared/schemas/submission'
import type { EditorSnapshot } from '../../../../../../shared/types/submission'
import { editorSnapshot, staleSince } from '../../../../../studio/editorSnapshot'
import { sourceChangesSince } from '../../../../../studio/sourceChanges'
import { workspacePaths } from '../../../../../studio/workspace'
import { findOpenSubmission } from '../../../../../studio/submissionStore'
import { submissionView } from '../../../../../studio/submissionView'

/** One stop or walk in one language, with the source beside it and the volunteer's own draft, if any. */
export default defineEventHandler(async (event): Promise<EditorSnapshot> => {
  const user = await requireEditor(event)
  const target = await routeParams(event, editorTargetSchema)
  const database = await useDatabase()
  const draft = await findOpenSubmission(database, user.id, target)
  const workspace = await currentWorkspace(database)
  const snapshot = editorSnapshot(workspace, target, null, { stop: draft?.newStop, walk: draft?.newWalk })
  if (!snapshot) throw apiError(404, 'textNotFound')
  const from = snapshot.state === 'stale' && snapshot.source ? staleSince(workspace, target) : null
  const sourceChanges = from ? await sourceChangesSince(workspace, workspacePaths.text(target.kind, from.locale, target.slug), from.hash) : null
  return { ...snapshot, sourceChanges, draft: draft ? submissionView(draft, user.name, snapshot.source?.fields.title ?? target.slug) : null }
})
