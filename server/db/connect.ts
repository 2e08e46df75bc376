import Sqlite from 'better-sqlite3'
import { sql } from 'drizzle-orm'
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as sqliteSchema from './schema/sqlite'
import * as pgSchema from './schema/pg'
import { applyMigrations, type Migration } from './migrate'
import { createWriteQueue } from './sqliteWrites'

/**
 * One handle on the database, SQLite (default) or PostgreSQL, with the same query code for both:
 * Drizzle's query builder behaves alike on the two, so code is written against the SQLite types and
 * the PostgreSQL tables, declared column for column alike, are used in their place at run time.
 */
export type AppDb = BetterSQLite3Database<typeof sqliteSchema>
export type Tables = typeof sqliteSchema
export type Dialect = 'sqlite' | 'pg'

export interface Database {
  dialect: Dialect
  /** For reads. Every write goes through `transaction`: on SQLite a write outside it could land in someone else's. */
  db: AppDb
  tables: Tables
  /** Runs `work` in one write transaction (on SQLite, possibly committed together with others'); concurrent callers wait their turn. */
  transaction: <T>(work: (tx: AppDb) => Promise<T>) => Promise<T>
  migrate: (migrations: readonly Migration[]) => Promise<string[]>
  close: () => Promise<void>
}

/**
 * Drizzle asks better-sqlite3 to prepare (compile) every query it runs; the same few statements
 * repeat, so compiled ones are kept and reused (least recently used dropped past `size`).
 */
function reuseStatements(client: Sqlite.Database, size = 256) {
  const prepare = client.prepare.bind(client)
  const cache = new Map<string, Sqlite.Statement>()
  client.prepare = ((source: string) => {
    let statement = cache.get(source)
    if (statement) cache.delete(source)
    else statement = prepare(source)
    cache.set(source, statement)
    if (cache.size > size) cache.delete(cache.keys().next().value!)
    // Drizzle switches a statement to raw (array) rows for some queries; each use starts from objects.
    if (statement.reader) statement.raw(false)
    return statement
  }) as typeof client.prepare
}

export function openSqlite(file: string): Database {
  const client = new Sqlite(file)
  reuseStatements(client)
  client.pragma('journal_mode = WAL')
  // With WAL, NORMAL keeps every committed transaction through a crash of the process (kill -9);
  // only a power cut can lose the last moments.
  client.pragma('synchronous = NORMAL')
  client.pragma('foreign_keys = ON')
  client.pragma('busy_timeout = 5000')
  const db = drizzleSqlite(client, { schema: sqliteSchema })
  // better-sqlite3 transactions are synchronous; ours await between queries, so writers take turns.
  const write = createWriteQueue(client)
  return {
    dialect: 'sqlite',
    db,
    tables: sqliteSchema,
    transaction: work => write(() => work(db)),
    migrate: migrations => applyMigrations({
      exec: async (statement) => { client.exec(statement) },
      appliedTags: async () => {
        client.exec('CREATE TABLE IF NOT EXISTS schema_migrations (tag TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)')
        return (client.prepare('SELECT tag FROM schema_migrations').all() as { tag: string }[]).map(row => row.tag)
      },
      record: async (tag) => { client.prepare('INSERT INTO schema_migrations (tag, applied_at) VALUES (?, ?)').run(tag, Date.now()) },
    }, migrations),
    close: async () => { client.close() },
  }
}

/** PostgreSQL through any Drizzle pg driver (postgres-js in production, PGlite in tests). */
export function wrapPostgres(db: unknown, close: () => Promise<void>): Database {
  const pg = db as AppDb & { transaction: <T>(work: (tx: AppDb) => Promise<T>) => Promise<T>, execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }
  const rows = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { tag: string }[]
  return {
    dialect: 'pg',
    db: pg,
    tables: pgSchema as unknown as Tables,
    transaction: work => pg.transaction(work),
    migrate: migrations => applyMigrations({
      exec: async (statement) => { await pg.execute(sql.raw(statement)) },
      appliedTags: async () => {
        await pg.execute(sql.raw('CREATE TABLE IF NOT EXISTS schema_migrations (tag TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)'))
        return rows(await pg.execute(sql.raw('SELECT tag FROM schema_migrations'))).map(row => row.tag)
      },
      record: async (tag) => { await pg.execute(sql`INSERT INTO schema_migrations (tag, applied_at) VALUES (${tag}, ${Date.now()})`) },
    }, migrations),
    close,
  }
}
