import type { Database } from '../db/connect'
import type { SubmissionIssue, FileChange } from '../../shared/types/submission'
import { describeChange, isUnchanged } from './fileChanges'
import { planTextFiles } from './plannedFiles'
import { planRevert, revertIssues } from './revertFiles'
import { checkSubmission } from './submissionCheck'
import { findSubmission, type SubmissionRow } from './submissionStore'
import type { Workspace } from './workspace'

/** The commit a proposal to undo a change would revert: the published submission's; null when it has none. */
export async function revertedCommit(database: Database, row: Pick<SubmissionRow, 'revertOf'>): Promise<string | null> {
  return row.revertOf ? (await findSubmission(database, row.revertOf))?.commitSha ?? null : null
}

/** Everything that stops a submission from being published now: a text's checks, or an undo's conflicts. */
export async function publishingIssues(database: Database, workspace: Workspace, row: SubmissionRow): Promise<SubmissionIssue[]> {
  return row.revertOf ? revertIssues(workspace, await revertedCommit(database, row)) : checkSubmission(workspace, row)
}

/** What publishing would change, as the review shows it (recordings and photos are shown on their own). */
export async function reviewChanges(database: Database, workspace: Workspace, row: SubmissionRow): Promise<FileChange[]> {
  if (row.status === 'published') return []
  if (!row.revertOf) return planTextFiles(workspace, row).filter(file => !isUnchanged(file)).map(describeChange)
  const sha = await revertedCommit(database, row)
  return sha ? (await planRevert(workspace, sha)).files.filter(file => !isUnchanged(file)).map(describeChange) : []
}
