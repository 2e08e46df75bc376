import { eq } from 'drizzle-orm'
import type { Database } from '../db/connect'
import { SubmissionRefused, findSubmission, type SubmissionRow } from './submissionStore'

/** A submission its author or an organiser may see; to anyone else it does not exist. */
export async function submissionFor(database: Database, id: string, user: { id: string, role: string }): Promise<SubmissionRow> {
  const row = await findSubmission(database, id)
  if (!row || (row.authorId !== user.id && user.role !== 'organiser')) throw new SubmissionRefused('submissionNotFound')
  return row
}

export async function authorNames(database: Database, ids: string[]): Promise<Map<string, string>> {
  const { users } = database.tables
  const unique = [...new Set(ids)]
  const rows = await Promise.all(unique.map(id => database.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, id))))
  return new Map(rows.flat().map(row => [row.id, row.name]))
}
