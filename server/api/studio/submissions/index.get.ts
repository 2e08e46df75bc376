import type { SubmissionView } from '../../../../shared/types/submission'
import { authorNames } from '../../../studio/studioAccess'
import { listByAuthor, listSubmitted, type SubmissionRow } from '../../../studio/submissionStore'
import { submissionView } from '../../../studio/submissionView'
import { readWorkspaceContent } from '../../../studio/workspaceContent'
import { workspaceFromEnv } from '../../../studio/workspace'

/** The person's own work with its status and, for organisers, the work waiting for review. */
export default defineEventHandler(async (event): Promise<{ mine: SubmissionView[], toReview: SubmissionView[] }> => {
  const user = await requireEditor(event)
  const database = await useDatabase()
  const [mine, toReview] = await Promise.all([
    listByAuthor(database, user.id),
    user.role === 'organiser' ? listSubmitted(database) : Promise.resolve([]),
  ])
  const names = await authorNames(database, toReview.map(row => row.authorId))
  const content = readWorkspaceContent(workspaceFromEnv())
  const title = (row: SubmissionRow) => (row.kind === 'stop' ? content.stopTexts : content.walkTexts).get(row.slug)?.get('en')?.title ?? row.slug
  return {
    mine: mine.map(row => submissionView(row, user.name, title(row))),
    toReview: toReview.map(row => submissionView(row, names.get(row.authorId) ?? '', title(row))),
  }
})
