import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { inject } from 'vitest'
import { openSqlite, wrapPostgres, type Database, type Dialect } from '../../../server/db/connect'
import { loadMigrations, type Migration } from '../../../server/db/migrate'
import { openDatabaseFromEnv } from '../../../server/db/open'
import { createDatabaseOn } from '../../support/postgresCluster'

const MIGRATIONS = join(import.meta.dirname, '..', '..', '..', 'server', 'db', 'migrations')

/** Where a store test runs: a SQLite file, PGlite in memory, or a real PostgreSQL server through postgres-js. */
export type TestEngine = 'sqlite' | 'pglite' | 'postgres'

/** Every engine, less the real PostgreSQL server when it was opted out of (CITYWALK_TEST_POSTGRES=skip). */
export const STORE_ENGINES: TestEngine[] = inject('postgresUrl') ? ['sqlite', 'pglite', 'postgres'] : ['sqlite', 'pglite']

/** PGlite starts a WebAssembly PostgreSQL and a real server makes a database: seconds on a busy machine. */
export const OPEN_TIMEOUT_MS = 60_000

const dialectOf = (engine: TestEngine): Dialect => engine === 'sqlite' ? 'sqlite' : 'pg'

/** A fresh database on the test cluster, and how to drop it again. */
export function createPostgresDatabase() {
  const adminUrl = inject('postgresUrl')
  if (!adminUrl) throw new Error('No PostgreSQL test server (CITYWALK_TEST_POSTGRES=skip)')
  return createDatabaseOn(adminUrl)
}

/**
 * A real, migrated database on `engine`, disposed of after the tests. `arrange` may change the list
 * of migrations, e.g. to put rows in between two of them.
 */
export async function openTestDatabase(engine: TestEngine, arrange = (all: Migration[]) => all): Promise<Database & { dispose: () => Promise<void> }> {
  const migrations = arrange(await loadMigrations(async path => readFileSync(join(MIGRATIONS, dialectOf(engine), path), 'utf8')))
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'citywalk-db-'))
    const database = openSqlite(join(dir, 'test.sqlite'))
    await database.migrate(migrations)
    const dispose = async () => {
      await database.close()
      rmSync(dir, { recursive: true, force: true })
    }
    return { ...database, dispose }
  }
  if (engine === 'postgres') {
    const { url, drop } = await createPostgresDatabase()
    // The app's own way in: DATABASE_URL → postgres-js → Drizzle.
    const database = await openDatabaseFromEnv({ DATABASE_URL: url })
    await database.migrate(migrations)
    return {
      ...database,
      dispose: async () => {
        await database.close()
        await drop()
      },
    }
  }
  const client = new PGlite()
  const database = wrapPostgres(drizzlePglite(client), () => client.close())
  await database.migrate(migrations)
  return { ...database, dispose: () => database.close() }
}

export async function insertEvent(database: Database, overrides: Partial<Database['tables']['events']['$inferInsert']> = {}) {
  const id = randomUUID()
  await database.db.insert(database.tables.events).values({
    id,
    walkSlug: 'yuyuan-road',
    stopSlugs: ['qian-xuesen-residence', 'rewi-alley-residence'],
    meetingLat: 31_222_300,
    meetingLng: 121_426_000,
    meetingNote: { en: 'Exit 3 of Jiangsu Road station' },
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    durationMin: 150,
    capacity: 30,
    guideLanguages: ['en', 'zh'],
    signupDeadline: new Date(Date.now() + 6 * 86_400_000),
    descriptions: { en: 'A guided walk along Yuyuan Road.' },
    status: 'published',
    ...overrides,
  })
  return id
}
