import type { SubmissionReview } from '../../../../shared/types/submission'
import { publishedHash } from '../../../studio/editorSnapshot'
import { describeChange, isUnchanged } from '../../../studio/fileChanges'
import { planTextFiles } from '../../../studio/plannedFiles'
import { authorNames, submissionFor } from '../../../studio/studioAccess'
import { submissionView } from '../../../studio/submissionView'
import { englishTitle } from '../../../studio/workspace'

/** A submission with what publishing it would change: a diff of each text file against the published one. */
export default defineEventHandler(async (event): Promise<SubmissionReview> => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  const database = await useDatabase()
  try {
    const row = await submissionFor(database, id, user)
    const workspace = await currentWorkspace(database)
    const names = await authorNames(database, [row.authorId])
    const changes = row.status === 'published' ? [] : planTextFiles(workspace, row).filter(file => !isUnchanged(file)).map(describeChange)
    return {
      ...submissionView(row, names.get(row.authorId) ?? '', englishTitle(workspace, row.kind, row.slug)),
      changes,
      publishedChangedSince: row.status !== 'published' && publishedHash(workspace, row) !== row.baseHash,
      mine: row.authorId === user.id,
    }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
