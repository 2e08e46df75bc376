import type { Database } from '../db/connect'
import { loadMigrations } from '../db/migrate'
import { openDatabaseFromEnv } from '../db/open'

let ready: Promise<Database> | null = null

/** The app's database, opened and migrated once per server process. */
export function useDatabase(): Promise<Database> {
  ready ??= (async () => {
    const database = await openDatabaseFromEnv(process.env)
    const assets = useStorage(`assets:migrations`)
    const migrations = await loadMigrations(async (path) => {
      const item = await assets.getItem(`${database.dialect}/${path}`.replaceAll('/', ':'))
      if (item === null) throw new Error(`Missing migration file ${database.dialect}/${path}`)
      return typeof item === 'string' ? item : JSON.stringify(item)
    })
    await database.migrate(migrations)
    return database
  })()
  return ready
}
