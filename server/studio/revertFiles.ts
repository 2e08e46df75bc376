import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SubmissionIssue } from '../../shared/types/submission'
import { isUnchanged, type PlannedFile } from './fileChanges'
import { blobAt, hasCommit, pathsOf } from './git'
import type { Workspace } from './workspace'

function current(workspace: Workspace, path: string): Buffer | null {
  try {
    return readFileSync(join(workspace.root, path))
  }
  catch {
    return null
  }
}

const same = (a: Buffer | null, b: Buffer | null) => a === null ? b === null : b !== null && a.equals(b)

/**
 * Undoing a published commit, as `git revert` would: each file it touched goes back to what it was just
 * before it. A file changed again since (by a later approval) is a conflict: undoing would lose that change.
 */
export async function planRevert(workspace: Workspace, sha: string): Promise<{ files: PlannedFile[], conflicts: string[] }> {
  const files: PlannedFile[] = []
  const conflicts: string[] = []
  for (const path of await pathsOf(workspace.root, sha)) {
    const now = current(workspace, path)
    if (!same(now, await blobAt(workspace.root, sha, path))) conflicts.push(path)
    files.push({ path, before: now, after: await blobAt(workspace.root, `${sha}^`, path) })
  }
  return { files, conflicts }
}

/** Why a proposal to undo `sha` cannot be published now; empty when it can. */
export async function revertIssues(workspace: Workspace, sha: string | null): Promise<SubmissionIssue[]> {
  if (!sha || !await hasCommit(workspace.root, sha)) return [{ field: 'revert', code: 'revertMissing' }]
  const { files, conflicts } = await planRevert(workspace, sha)
  if (files.every(isUnchanged)) return [{ field: 'revert', code: 'noChanges' }]
  return conflicts.map(path => ({ field: 'revert', code: 'revertConflict', subject: path }))
}
