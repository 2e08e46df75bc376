import { countHit, peekHits } from '../db/rateLimitStore'

/**
 * A fixed-window counter per key, kept in this process's memory. Used where there is one server by
 * construction (a SQLite file); several servers share the database's counters instead.
 * Calling it counts one hit and says whether the key is still within the limit; `peek` reads without counting.
 */
export function createMemoryCounter(limit: number, windowMs: number) {
  const windows = new Map<string, { start: number, count: number }>()
  const current = (key: string, now: number) => {
    const window = windows.get(key)
    return window && now - window.start < windowMs ? window : null
  }
  const hit = (key: string, now = Date.now()): boolean => {
    const window = current(key, now)
    if (!window) {
      if (windows.size > 10_000) windows.clear()
      windows.set(key, { start: now, count: 1 })
      return true
    }
    window.count++
    return window.count <= limit
  }
  return Object.assign(hit, {
    limit,
    /** Hits counted for a key in its current window. */
    peek: (key: string, now = Date.now()): number => current(key, now)?.count ?? 0,
  })
}

/**
 * A rate limit named `name` (a prefix of its keys in the shared table): in memory on SQLite, in the
 * database on PostgreSQL, where every server must count the same hits.
 */
export function createRateLimiter(name: string, limit: number, windowMs: number) {
  const memory = createMemoryCounter(limit, windowMs)
  return {
    limit,
    /** Counts a hit; true while the key is within the limit. */
    async hit(key: string): Promise<boolean> {
      const database = await useDatabase()
      if (database.dialect === 'sqlite') return memory(key)
      return (await countHit(database, `${name} ${key}`, windowMs)) <= limit
    },
    /** Hits counted in the key's current window. */
    async peek(key: string): Promise<number> {
      const database = await useDatabase()
      if (database.dialect === 'sqlite') return memory.peek(key)
      return peekHits(database, `${name} ${key}`, windowMs)
    },
  }
}
