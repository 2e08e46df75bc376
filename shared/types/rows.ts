import type { InferSelectModel, Table } from 'drizzle-orm'
import type * as pgSchema from '../../server/db/schema/pg'
import type * as sqliteSchema from '../../server/db/schema/sqlite'

/** The rows of every table, keyed as the schema names them (`Rows['signups']`…). */
type RowsOf<Schema> = { [Key in keyof Schema as Schema[Key] extends Table ? Key : never]: Schema[Key] extends Table ? InferSelectModel<Schema[Key]> : never }

export type Rows = RowsOf<typeof sqliteSchema>

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false

/**
 * Checked when the types are: a row read from PostgreSQL has exactly the type of the same row read
 * from SQLite, column for column, so one query code serves both (constraints: schemaParity.test.ts).
 */
export type RowsAgreeAcrossDialects = Same<RowsOf<typeof pgSchema>, Rows>
export const rowsAgreeAcrossDialects: RowsAgreeAcrossDialects = true

export type SignupRow = Rows['signups']
export type EventRow = Rows['events']
export type OutboxRow = Rows['outbox']
export type SubmissionRow = Rows['submissions']
export type UserRow = Rows['users']
