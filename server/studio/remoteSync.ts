import { desc, eq } from 'drizzle-orm'
import type { Database } from '../db/connect'
import { withLease } from '../db/leaseStore'
import { PUBLISH_LEASE } from './approveSubmission'
import { hasCommit, pullFrom } from './git'
import type { Workspace } from './workspace'

/**
 * When approvals go to a remote, each server has a checkout of its own: one that lacks the latest
 * commit published (from another server) pulls it before the studio reads it. Best effort: with the
 * remote unreachable or an approval running long, the studio shows the checkout as it is.
 */
export async function catchUpWithRemote(database: Database, workspace: Workspace) {
  if (!workspace.remote) return
  const { submissions: s } = database.tables
  const [latest] = await database.db.select({ sha: s.commitSha }).from(s)
    .where(eq(s.status, 'published')).orderBy(desc(s.reviewedAt)).limit(1)
  if (!latest?.sha || await hasCommit(workspace.root, latest.sha)) return
  const { name, branch } = workspace.remote
  try {
    await withLease(database, PUBLISH_LEASE, () => pullFrom(workspace.root, name, branch), { waitMs: 5_000 })
  }
  catch (error) {
    console.warn(`[studio] could not bring the checkout up to ${name}; showing it as it is`, error)
  }
}
