import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadMigrations } from '../../server/db/migrate'
import { openDatabaseFromEnv } from '../../server/db/open'
import { addUser } from '../../server/db/userStore'
import { createDatabaseOn, freePort, startPostgresCluster } from '../../tests/support/postgresCluster'
import { createBigEvents } from './benchDatabase'
import { startBuiltServer, type RunningServer } from './builtServer'
import { signupLoad, type LoadFigures } from './signupLoad'

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'server', 'db', 'migrations', 'pg')

export interface PostgresFigures {
  oneServer: LoadFigures
  /** Both servers under load at once: their sign-ups/s added, the worse of their p99s. */
  twoServers: LoadFigures
}

/**
 * Sign-ups on a throwaway PostgreSQL cluster (fsync off, as in the tests): first one built server with
 * `connections`, then two built servers sharing the database with half the connections each.
 */
export async function postgresSignupRates(events: number, connections: number, seconds: number): Promise<PostgresFigures> {
  const cluster = await startPostgresCluster()
  const { url, drop } = await createDatabaseOn(cluster.url)
  const servers: RunningServer[] = []
  try {
    const database = await openDatabaseFromEnv({ DATABASE_URL: url })
    await database.migrate(await loadMigrations(async path => readFileSync(join(MIGRATIONS, path), 'utf8')))
    const organiserId = await addUser(database, { email: 'bench@example.org', name: 'Bench', role: 'organiser', password: 'bench-password-not-secret' })
    const [warmUp, single, pair] = [await createBigEvents(database, organiserId, events), await createBigEvents(database, organiserId, events), await createBigEvents(database, organiserId, events)]
    await database.close()
    const env = {
      DATABASE_URL: url,
      CITYWALK_DATABASE_FILE: '',
      CITYWALK_SEED_DEMO: 'false',
      CITYWALK_SIGNUP_RATE_PER_MINUTE: '1000000000',
      NUXT_SESSION_PASSWORD: 'bench-session-password-0123456789abcdef',
      SMTP_URL: '',
    }
    servers.push(await startBuiltServer(await freePort(), env))
    await signupLoad(servers[0]!.origin, warmUp, 50, 2)
    const oneServer = await signupLoad(servers[0]!.origin, single, connections, seconds)
    servers.push(await startBuiltServer(await freePort(), env))
    await signupLoad(servers[1]!.origin, warmUp, 50, 2)
    const both = await Promise.all(servers.map(server => signupLoad(server.origin, pair, connections / 2, seconds)))
    const twoServers: LoadFigures = {
      rps: both.reduce((sum, f) => sum + f.rps, 0),
      p50Ms: Math.max(...both.map(f => f.p50Ms)),
      p99Ms: Math.max(...both.map(f => f.p99Ms)),
      errors: both.reduce((sum, f) => sum + f.errors, 0),
      acknowledged: both.reduce((sum, f) => sum + f.acknowledged, 0),
    }
    return { oneServer, twoServers }
  }
  finally {
    await Promise.all(servers.map(server => server.stop()))
    await drop().catch(() => {})
    cluster.stop()
  }
}
