import type { Database } from '../../server/db/connect'
import { createSignup } from '../../server/db/signupStore'
import { freshSignup } from './signupBody'

export interface RawRate {
  /** The best one-second window: other work on a shared machine only ever lowers the rate. */
  perSecond: number
  medianPerSecond: number
  cpuMsPerTx: number
}

/** Sign-up transactions per second through the real store on better-sqlite3, no HTTP: the ceiling for the server. */
export async function rawSignupRate(database: Database, eventIds: string[], windows: number): Promise<RawRate> {
  const cpu = process.cpuUsage()
  const rates: number[] = []
  let done = 0
  for (let window = 0; window < windows; window++) {
    const started = performance.now()
    let inWindow = 0
    while (performance.now() - started < 1000) {
      // Batches of concurrent callers, as the server sees them; the store's queue serialises them.
      await Promise.all(Array.from({ length: 50 }, (_, n) => createSignup(database, eventIds[(done + n) % eventIds.length]!, freshSignup())))
      done += 50
      inWindow += 50
    }
    rates.push(inWindow / ((performance.now() - started) / 1000))
  }
  const used = process.cpuUsage(cpu)
  const sorted = [...rates].sort((a, b) => a - b)
  return { perSecond: sorted.at(-1)!, medianPerSecond: sorted[Math.floor(sorted.length / 2)]!, cpuMsPerTx: (used.user + used.system) / 1000 / done }
}
