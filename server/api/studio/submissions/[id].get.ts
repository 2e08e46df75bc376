import type { SubmissionReview } from '../../../../shared/types/submission'
import { publishedHash } from '../../../studio/editorSnapshot'
import { reviewChanges } from '../../../studio/publishingIssues'
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
    const changes = await reviewChanges(database, workspace, row)
    return {
      ...submissionView(row, names.get(row.authorId) ?? '', englishTitle(workspace, row.kind, row.slug)),
      changes,
      publishedChangedSince: row.status !== 'published' && !row.revertOf && publishedHash(workspace, row) !== row.baseHash,
      mine: row.authorId === user.id,
    }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
