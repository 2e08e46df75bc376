import { sourceHash } from '../../scripts/lib/sourceHash'
import type { FileChange } from '../../shared/types/submission'
import { describeChange } from './fileChanges'
import { commitsOf, fileAt } from './git'
import { readWorkspaceFile, type Workspace } from './workspace'

/**
 * What changed in a source text since a translation was made from it: the version whose hash the
 * translation names, found in the workspace's git history, against the source as it is now. Null when
 * that version is not in the history (or nothing changed).
 */
export async function sourceChangesSince(workspace: Workspace, sourcePath: string, hash: string): Promise<FileChange | null> {
  const current = readWorkspaceFile(workspace, sourcePath)
  if (current === null || sourceHash(current) === hash) return null
  for (const sha of await commitsOf(workspace.root, sourcePath)) {
    const then = await fileAt(workspace.root, sha, sourcePath)
    if (then !== null && sourceHash(then) === hash) {
      return describeChange({ path: sourcePath, before: Buffer.from(then, 'utf8'), after: Buffer.from(current, 'utf8') })
    }
  }
  return null
}
