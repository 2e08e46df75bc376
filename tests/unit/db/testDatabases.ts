import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { openSqlite, wrapPostgres, type Database, type Dialect } from '../../../server/db/connect'
import { loadMigrations } from '../../../server/db/migrate'

const MIGRATIONS = join(import.meta.dirname, '..', '..', '..', 'server', 'db', 'migrations')

/** A real, migrated database: a SQLite file in a temp folder, or PostgreSQL (PGlite) in memory. */
export async function openTestDatabase(dialect: Dialect): Promise<Database & { dispose: () => Promise<void> }> {
  const migrations = await loadMigrations(async path => readFileSync(join(MIGRATIONS, dialect, path), 'utf8'))
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'citywalk-db-'))
    const database = openSqlite(join(dir, 'test.sqlite'))
    await database.migrate(migrations)
    const dispose = async () => {
      await database.close()
      rmSync(dir, { recursive: true, force: true })
    }
    return { ...database, dispose }
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
