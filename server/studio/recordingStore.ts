import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { and, eq, isNotNull, notExists } from 'drizzle-orm'
import type { AppDb, Database } from '../db/connect'

/**
 * Recordings (and stop photos) waiting for review live in the database, beside the submission they
 * belong to: a file uploaded to one server can be played, reviewed and published from any other.
 */

/** A new name for each take, so that a reviewer's page never plays a take that was replaced under it. */
export const recordingName = (submissionId: string) => `${submissionId}-${Date.now().toString(36)}.wav`

/** Stores a checked take inside the transaction that attaches it. */
export async function storeRecording(database: Database, tx: AppDb, submissionId: string, name: string, bytes: Buffer) {
  await tx.insert(database.tables.studioRecordings).values({ name, submissionId, bytes })
}

/** Where the upload as it came is kept beside the processed take, until approval. */
export const originalName = (name: string) => name.replace(/\.wav$/, '.original.wav')

export async function dropRecordingsOf(database: Database, tx: AppDb, submissionId: string) {
  await tx.delete(database.tables.studioRecordings).where(eq(database.tables.studioRecordings.submissionId, submissionId))
}

export async function dropRecording(database: Database, tx: AppDb, name: string | null) {
  if (name) await tx.delete(database.tables.studioRecordings).where(eq(database.tables.studioRecordings.name, name))
}

export async function readRecording(database: Database, name: string): Promise<Buffer | null> {
  const { studioRecordings: r } = database.tables
  const [row] = await database.db.select({ bytes: r.bytes }).from(r).where(eq(r.name, name))
  return row ? Buffer.from(row.bytes) : null
}

/**
 * Moves recordings that earlier versions kept as files (in `dir`) into the database, at start-up,
 * so that no take waiting for review is lost by the upgrade. The files are removed once stored.
 */
export async function importRecordingFiles(database: Database, dir: string): Promise<number> {
  if (!existsSync(dir)) return 0
  const { submissions: s, studioRecordings: r } = database.tables
  const waiting = await database.db.select({ id: s.id, name: s.audioFile }).from(s).where(and(
    isNotNull(s.audioFile),
    notExists(database.db.select({ name: r.name }).from(r).where(eq(r.name, s.audioFile))),
  ))
  let moved = 0
  for (const { id, name } of waiting) {
    const file = join(dir, name!)
    if (!existsSync(file)) continue
    await database.transaction(tx => storeRecording(database, tx, id, name!, readFileSync(file)))
    rmSync(file, { force: true })
    moved++
  }
  return moved
}
