import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { and, eq, lt } from 'drizzle-orm'
import type { Database } from './connect'

/** Another server (or request) held the lease for longer than the caller was willing to wait. */
export class LeaseBusy extends Error {
  constructor(readonly lease: string) {
    super(`the lease ${lease} is held elsewhere`)
  }
}

export interface LeaseOptions {
  /** How long the lease lasts without renewal: a holder that dies frees it after this. */
  ttlMs?: number
  /** How long to wait for a lease someone else holds before giving up. */
  waitMs?: number
}

/** Takes the lease when it is free or its holder's time has run out; true when `holder` now has it. */
async function tryTake(database: Database, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const { leases } = database.tables
  const expiresAt = new Date(now.getTime() + ttlMs)
  return database.transaction(async (tx) => {
    const taken = await tx.insert(leases).values({ name, holder, expiresAt })
      .onConflictDoUpdate({ target: leases.name, set: { holder, expiresAt }, setWhere: lt(leases.expiresAt, now) })
      .returning({ holder: leases.holder })
    return taken.length === 1 && taken[0]!.holder === holder
  })
}

/**
 * Runs `work` while holding the lease `name` in the database, so that one server at a time does it,
 * however many share the database. Waits its turn (up to `waitMs`), renews the lease while the work
 * runs, and frees it afterwards; a server that dies mid-work frees it when `ttlMs` has passed.
 */
export async function withLease<T>(database: Database, name: string, work: () => Promise<T>, options: LeaseOptions = {}): Promise<T> {
  const { ttlMs = 60_000, waitMs = 30_000 } = options
  const { leases } = database.tables
  const holder = randomUUID()
  const giveUpAt = Date.now() + waitMs
  while (!await tryTake(database, name, holder, new Date(), ttlMs)) {
    if (Date.now() >= giveUpAt) throw new LeaseBusy(name)
    // Jittered, so that servers waiting together do not all ask at the same moments.
    await sleep(50 + Math.random() * 100)
  }
  const renewal = setInterval(() => {
    database.transaction(tx => tx.update(leases).set({ expiresAt: new Date(Date.now() + ttlMs) })
      .where(and(eq(leases.name, name), eq(leases.holder, holder))))
      .catch(error => console.error(`[lease] could not renew ${name}`, error))
  }, Math.max(1000, ttlMs / 3))
  renewal.unref()
  try {
    return await work()
  }
  finally {
    clearInterval(renewal)
    await database.transaction(tx => tx.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder))))
  }
}
