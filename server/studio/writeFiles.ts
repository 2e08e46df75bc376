import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { PlannedFile } from './fileChanges'

/** Writes a file by renaming a finished temporary copy over it, so a reader never sees half a file. */
function writeWhole(file: string, bytes: Buffer) {
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.studio-partial`
  writeFileSync(partial, bytes)
  renameSync(partial, file)
}

function put(root: string, path: string, bytes: Buffer | null) {
  const file = join(root, path)
  if (bytes) writeWhole(file, bytes)
  else rmSync(file, { force: true })
}

/** Writes every planned file; `undo` puts each one back as it was. */
export function writePlannedFiles(root: string, files: PlannedFile[]) {
  const done: PlannedFile[] = []
  const undo = () => {
    for (const file of done.reverse()) put(root, file.path, file.before)
  }
  try {
    for (const file of files) {
      done.push(file)
      put(root, file.path, file.after)
    }
  }
  catch (error) {
    undo()
    throw error
  }
  return { undo }
}
