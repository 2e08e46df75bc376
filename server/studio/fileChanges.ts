import { structuredPatch } from 'diff'
import type { FileChange } from '../../shared/types/submission'

/** A file a submission writes (text or audio), or deletes (`after` null). */
export interface PlannedFile {
  path: string
  before: Buffer | null
  after: Buffer | null
}

const isText = (path: string) => /\.(md|yml)$/.test(path)

/** How the review shows a planned file: a unified diff for text, sizes for audio. */
export function describeChange(file: PlannedFile): FileChange {
  if (!isText(file.path)) return { path: file.path, kind: 'binary', added: !file.before, hunks: [], bytes: file.after?.length ?? 0 }
  const patch = structuredPatch(file.path, file.path, file.before?.toString('utf8') ?? '', file.after?.toString('utf8') ?? '', '', '', { context: 3 })
  return {
    path: file.path,
    kind: 'text',
    added: !file.before,
    hunks: patch.hunks.map(hunk => ({ header: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, lines: hunk.lines })),
  }
}

export const isUnchanged = (file: PlannedFile) => file.before !== null && file.after !== null && file.before.equals(file.after)
