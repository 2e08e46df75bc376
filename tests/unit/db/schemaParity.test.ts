import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core'
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import * as pgSchema from '../../../server/db/schema/pg'
import * as sqliteSchema from '../../../server/db/schema/sqlite'

// The query code is written once against the SQLite tables and run on the PostgreSQL ones: they must
// agree column for column, or a query that works on one dialect breaks on the other.

/** What a column must share across dialects: its name in the database, its key in code, and its constraints. */
function shape(columns: { name: string, notNull: boolean, primary: boolean, hasDefault: boolean, isUnique: boolean }[], keys: Record<string, { name: string }>) {
  const keyOf = new Map(Object.entries(keys).map(([key, column]) => [column.name, key]))
  return columns.map(c => ({ name: c.name, key: keyOf.get(c.name), notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault, unique: c.isUnique }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

const sqliteTables = Object.entries(sqliteSchema).filter(([, value]) => value instanceof SQLiteTable) as [string, SQLiteTable][]
const pgTables = Object.entries(pgSchema).filter(([, value]) => value instanceof PgTable) as [string, PgTable][]

describe('the SQLite and PostgreSQL schemas', () => {
  it('declare the same tables under the same names', () => {
    expect(pgTables.map(([key, table]) => [key, pgTableConfig(table).name]).sort())
      .toEqual(sqliteTables.map(([key, table]) => [key, sqliteTableConfig(table).name]).sort())
  })

  it.each(sqliteTables.map(([key]) => key))('agree on every column, key and index of %s', (key) => {
    const sqlite = sqliteTableConfig(sqliteSchema[key as keyof typeof sqliteSchema] as SQLiteTable)
    const pg = pgTableConfig(pgSchema[key as keyof typeof pgSchema] as PgTable)
    const sqliteTable = sqliteSchema[key as keyof typeof sqliteSchema] as unknown as Record<string, { name: string }>
    const pgTable = pgSchema[key as keyof typeof pgSchema] as unknown as Record<string, { name: string }>
    expect(shape(pg.columns, pgTable)).toEqual(shape(sqlite.columns, sqliteTable))
    const indexes = (list: { config: { name?: string, unique?: boolean, columns: unknown[] } }[]) =>
      list.map(index => ({ name: index.config.name, unique: Boolean(index.config.unique), columns: index.config.columns.length })).sort((a, b) => String(a.name).localeCompare(String(b.name)))
    expect(indexes(pg.indexes)).toEqual(indexes(sqlite.indexes))
    const keys = (list: { columns: { name: string }[] }[]) => list.map(k => k.columns.map(c => c.name).join(',')).sort()
    expect(keys(pg.primaryKeys)).toEqual(keys(sqlite.primaryKeys))
    const references = (list: { reference: () => { columns: { name: string }[], foreignTable: unknown, foreignColumns: { name: string }[] } }[]) =>
      list.map((fk) => {
        const ref = fk.reference()
        return `${ref.columns.map(c => c.name).join(',')} → ${ref.foreignColumns.map(c => c.name).join(',')}`
      }).sort()
    expect(references(pg.foreignKeys)).toEqual(references(sqlite.foreignKeys))
  })
})
