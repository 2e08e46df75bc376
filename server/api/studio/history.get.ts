import { isNotNull } from 'drizzle-orm'
import type { PublishedChange } from '../../../shared/types/submission'
import { authorNames } from '../../studio/studioAccess'
import { listPublished } from '../../studio/submissionStore'
import { englishTitle, workspaceFromEnv } from '../../studio/workspace'

/** What the studio published, newest first, with which changes were undone or are waiting to be: an organiser undoes one from here. */
export default defineEventHandler(async (event): Promise<PublishedChange[]> => {
  await requireOrganiser(event)
  const database = await useDatabase()
  const { submissions: s } = database.tables
  const [published, proposals] = await Promise.all([
    listPublished(database),
    database.db.select({ id: s.id, revertOf: s.revertOf, status: s.status }).from(s).where(isNotNull(s.revertOf)),
  ])
  const names = await authorNames(database, published.flatMap(row => [row.authorId, row.reviewerId ?? row.authorId]))
  const workspace = workspaceFromEnv()
  const proposalFor = (id: string, published: boolean) => proposals.find(p => p.revertOf === id && (p.status === 'published') === published)?.id ?? null
  return published.map(row => ({
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    locale: row.locale,
    title: englishTitle(workspace, row.kind, row.slug),
    author: names.get(row.authorId) ?? '',
    reviewer: row.reviewerId ? names.get(row.reviewerId) ?? '' : '',
    publishedAt: (row.reviewedAt ?? row.updatedAt).toISOString(),
    commitSha: row.commitSha!,
    undoes: row.revertOf,
    undoneBy: proposalFor(row.id, true),
    undoWaiting: proposalFor(row.id, false),
  }))
})
