/**
 * A fixed-window counter per key (client address and route), kept in memory: enough for one server
 * process; a scaled-out deployment would move it to the shared database or Redis.
 * Calling it counts one hit and says whether the key is still within the limit; `peek` reads without counting.
 */
export function createRateLimiter(limit: number, windowMs: number) {
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
