import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openSqlite, type Database } from '../../server/db/connect'
import { createEvent } from '../../server/db/eventStore'
import { loadMigrations } from '../../server/db/migrate'
import { addUser } from '../../server/db/userStore'

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'server', 'db', 'migrations', 'sqlite')

/** A fresh SQLite file, migrated with the committed migrations, with one organiser to own the events. */
export async function openBenchDatabase(file: string): Promise<{ database: Database, organiserId: string }> {
  const database = openSqlite(file)
  await database.migrate(await loadMigrations(async path => readFileSync(join(MIGRATIONS, path), 'utf8')))
  const organiserId = await addUser(database, { email: 'bench@example.org', name: 'Bench', role: 'organiser', password: 'bench-password-not-secret' })
  return { database, organiserId }
}

/** Published events with room for everyone the benchmark sends, made through the real event store. */
export async function createBigEvents(database: Database, organiserId: string, count: number): Promise<string[]> {
  const ids: string[] = []
  for (let n = 0; n < count; n++) ids.push(await createBigEvent(database, organiserId))
  return ids
}

export function createBigEvent(database: Database, organiserId: string, capacity = 10_000_000): Promise<string> {
  const startsAt = new Date(Date.now() + 30 * 86_400_000)
  return createEvent(database, {
    walkSlug: 'yuyuan-road',
    stopSlugs: ['qian-xuesen-residence', 'rewi-alley-residence'],
    meetingLat: 31_222_300,
    meetingLng: 121_426_000,
    meetingNote: { en: 'Jiangsu Road station, exit 3' },
    startsAt,
    durationMin: 120,
    capacity,
    guideLanguages: ['en'],
    signupDeadline: new Date(startsAt.getTime() - 86_400_000),
    descriptions: { en: 'Benchmark walk' },
    status: 'published',
  }, organiserId)
}
