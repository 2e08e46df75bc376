import type { Database } from '../../server/db/connect'
import { createSignup } from '../../server/db/signupStore'
import { freshSignup } from './signupBody'

/** Sign-up transactions per second through the real store on better-sqlite3, no HTTP: the ceiling for the server. */
export async function rawSignupRate(database: Database, eventId: string, seconds: number): Promise<number> {
  const started = performance.now()
  const until = started + seconds * 1000
  let done = 0
  while (performance.now() < until) {
    // Batches of concurrent callers, as the server sees them; the store's queue serialises them.
    await Promise.all(Array.from({ length: 50 }, () => createSignup(database, eventId, freshSignup())))
    done += 50
  }
  return done / ((performance.now() - started) / 1000)
}
