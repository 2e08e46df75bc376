import type { Database } from '../../server/db/connect'
import { createSignup } from '../../server/db/signupStore'
import { freshSignup } from './signupBody'

/** Sign-up transactions per second through the real store on better-sqlite3, no HTTP: the ceiling for the server. */
export async function rawSignupRate(database: Database, eventIds: string[], seconds: number): Promise<{ perSecond: number, cpuMsPerTx: number }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const until = started + seconds * 1000
  let done = 0
  while (performance.now() < until) {
    // Batches of concurrent callers, as the server sees them; the store's queue serialises them.
    await Promise.all(Array.from({ length: 50 }, (_, n) => createSignup(database, eventIds[(done + n) % eventIds.length]!, freshSignup())))
    done += 50
  }
  const used = process.cpuUsage(cpu)
  return { perSecond: done / ((performance.now() - started) / 1000), cpuMsPerTx: (used.user + used.system) / 1000 / done }
}
