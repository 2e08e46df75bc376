import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { openSqlite, wrapPostgres, type Database } from './connect'

export const DEFAULT_SQLITE_FILE = '.data/citywalk.sqlite'

/** PostgreSQL when DATABASE_URL is a postgres:// URL, otherwise a SQLite file (created if missing). */
export async function openDatabaseFromEnv(env: NodeJS.ProcessEnv): Promise<Database> {
  const url = env.DATABASE_URL
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const [{ default: postgres }, { drizzle }] = await Promise.all([import('postgres'), import('drizzle-orm/postgres-js')])
    const client = postgres(url, { max: 10 })
    const listen: Database['listen'] = async (channel, onNotify, onListen) => {
      await client.listen(channel, onNotify, onListen)
    }
    return wrapPostgres(drizzle(client), () => client.end(), listen)
  }
  const file = resolve(env.CITYWALK_DATABASE_FILE || DEFAULT_SQLITE_FILE)
  mkdirSync(dirname(file), { recursive: true })
  return openSqlite(file)
}
