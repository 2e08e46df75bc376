import { and, eq, gt, lt, sql } from 'drizzle-orm'
import type { Database } from './connect'

/**
 * Counts one hit for `key` in its fixed window, in one statement every server shares: the first hit
 * (or the first after the window ended) starts a new window at 1. Returns the hits in the window.
 */
export async function countHit(database: Database, key: string, windowMs: number, now = new Date()): Promise<number> {
  const { rateLimits } = database.tables
  const expired = sql`${rateLimits.windowStart} <= ${sql.param(new Date(now.getTime() - windowMs), rateLimits.windowStart)}`
  const [row] = await database.transaction(tx => tx.insert(rateLimits).values({ key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN ${sql.param(now, rateLimits.windowStart)} ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ hits: rateLimits.hits }))
  return row!.hits
}

/** The hits counted for `key` in its current window, without counting one. */
export async function peekHits(database: Database, key: string, windowMs: number, now = new Date()): Promise<number> {
  const { rateLimits } = database.tables
  const [row] = await database.db.select({ hits: rateLimits.hits }).from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.windowStart, new Date(now.getTime() - windowMs))))
  return row?.hits ?? 0
}

/** Drops windows that ended more than `olderThanMs` ago. */
export async function deleteOldWindows(database: Database, olderThanMs: number, now = new Date()) {
  const { rateLimits } = database.tables
  await database.transaction(tx => tx.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - olderThanMs))))
}
