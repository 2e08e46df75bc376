import { ensureFirstOrganiser, seedDemoEvent } from '../db/bootstrap'
import type { Database } from '../db/connect'
import { loadMigrations } from '../db/migrate'
import { openDatabaseFromEnv } from '../db/open'
import { importRecordingFiles } from '../studio/recordingStore'
import { legacyUploadsDir } from '../studio/workspace'

let opening: Promise<Database> | null = null
let ready = false

/**
 * The app's database, opened once per server process; migrated, with the first organiser and the demo
 * event in place, under a lock that one starting server at a time holds.
 */
export function useDatabase(): Promise<Database> {
  opening ??= open().catch((error) => {
    opening = null
    throw error
  })
  return opening
}

/** Whether start-up is done: the database reachable, migrated and set up. */
export const databaseReady = () => ready

async function open(): Promise<Database> {
  const database = await openDatabaseFromEnv(process.env)
  const assets = useStorage(`assets:migrations`)
  const migrations = await loadMigrations(async (path) => {
    const item = await assets.getItem(`${database.dialect}/${path}`.replaceAll('/', ':'))
    if (item === null) throw new Error(`Missing migration file ${database.dialect}/${path}`)
    return typeof item === 'string' ? item : JSON.stringify(item)
  })
  await database.migrate(migrations, async (scoped) => {
    await ensureFirstOrganiser(scoped, process.env, line => console.log(line))
    if (process.env.CITYWALK_SEED_DEMO !== 'false') await seedDemoEvent(scoped)
    const moved = await importRecordingFiles(scoped, legacyUploadsDir())
    if (moved) console.log(`Moved ${moved} studio recording(s) waiting for review into the database.`)
  })
  ready = true
  return database
}
