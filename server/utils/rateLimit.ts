/**
 * A fixed-window counter per key (client address and route), kept in memory: enough for one server
 * process; a scaled-out deployment would move it to the shared database or Redis.
 */
export function createRateLimiter(limit: number, windowMs: number) {
  const windows = new Map<string, { start: number, count: number }>()
  return (key: string, now = Date.now()): boolean => {
    const window = windows.get(key)
    if (!window || now - window.start >= windowMs) {
      if (windows.size > 10_000) windows.clear()
      windows.set(key, { start: now, count: 1 })
      return true
    }
    window.count++
    return window.count <= limit
  }
}
