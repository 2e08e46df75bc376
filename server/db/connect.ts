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
  /**
   * Applies the migrations, then runs `setup` (first-start rows), all in one transaction that one
   * server at a time may run: several servers starting together on one PostgreSQL wait their turn.
   */
  migrate: (migrations: readonly Migration[], setup?: (scoped: Database) => Promise<void>) => Promise<string[]>
  close: () => Promise<void>
  /**
   * PostgreSQL only: calls `onNotify` for each NOTIFY on `channel`, from any server, and `onListen`
   * each time listening (re)starts, since notifications sent while the connection was down are lost.
   */
  listen?: (channel: string, onNotify: (payload: string) => void, onListen: () => void) => Promise<void>
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
    migrate: async (migrations, setup) => {
      // At start-up, before any request: nothing else uses the connection yet.
      client.exec('BEGIN IMMEDIATE')
      try {
        const done = await applyMigrations({
          exec: async (statement) => { client.exec(statement) },
          appliedTags: async () => {
            client.exec('CREATE TABLE IF NOT EXISTS schema_migrations (tag TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)')
            return (client.prepare('SELECT tag FROM schema_migrations').all() as { tag: string }[]).map(row => row.tag)
          },
          record: async (tag) => { client.prepare('INSERT INTO schema_migrations (tag, applied_at) VALUES (?, ?)').run(tag, Date.now()) },
        }, migrations)
        if (setup) await setup(scopedTo(db, 'sqlite', sqliteSchema))
        client.exec('COMMIT')
        return done
      }
      catch (error) {
        if (client.inTransaction) client.exec('ROLLBACK')
        throw error
      }
    },
    close: async () => { client.close() },
  }
}

/** The database as seen inside one open transaction: nested transactions run in it. */
function scopedTo(tx: AppDb, dialect: Dialect, tables: Tables): Database {
  const refuse = async (): Promise<never> => {
    throw new Error('not inside a start-up transaction')
  }
  return { dialect, db: tx, tables, transaction: work => work(tx), migrate: refuse, close: async () => {} }
}

/** What this module uses of a Drizzle PostgreSQL handle (or of a transaction on one). */
interface PgHandle {
  execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown>
  transaction: <T>(work: (tx: PgHandle) => Promise<T>) => Promise<T>
}

/**
 * The one place the dialects meet: the query code is typed against the SQLite handle and tables, and
 * is given the PostgreSQL ones. Their rows agree type for type (`RowsAgreeAcrossDialects` in
 * shared/types/rows.ts, checked by the compiler) and their columns, keys and indexes name for name
 * (tests/unit/db/schemaParity.test.ts); only Drizzle's per-dialect classes differ.
 */
const asQueryCode = {
  db: (handle: PgHandle) => handle as unknown as AppDb,
  tables: pgSchema as unknown as Tables,
}

/** PostgreSQL through any Drizzle pg driver (postgres-js in production, PGlite in tests). */
export function wrapPostgres(pg: PgHandle, close: () => Promise<void>, listen?: Database['listen']): Database {
  const transaction = pg.transaction.bind(pg)
  const rows = (result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { tag: string }[]
  return {
    dialect: 'pg',
    db: asQueryCode.db(pg),
    tables: asQueryCode.tables,
    transaction: work => transaction(tx => work(asQueryCode.db(tx))),
    migrate: (migrations, setup) => transaction(async (scoped) => {
      // Held until this transaction ends: a second server starting now waits here, then finds the work done.
      await scoped.execute(sql`SELECT pg_advisory_xact_lock(hashtext('citywalk start-up'))`)
      const done = await applyMigrations({
        exec: async (statement) => { await scoped.execute(sql.raw(statement)) },
        appliedTags: async () => {
          await scoped.execute(sql.raw('CREATE TABLE IF NOT EXISTS schema_migrations (tag TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)'))
          return rows(await scoped.execute(sql.raw('SELECT tag FROM schema_migrations'))).map(row => row.tag)
        },
        record: async (tag) => { await scoped.execute(sql`INSERT INTO schema_migrations (tag, applied_at) VALUES (${tag}, ${Date.now()})`) },
      }, migrations)
      if (setup) await setup(scopedTo(asQueryCode.db(scoped), 'pg', asQueryCode.tables))
      return done
    }),
    close,
    listen,
  }
}
