import { describe, expect, it } from 'vitest'
import { createMemoryCounter } from '../../server/utils/rateLimit'

describe('createMemoryCounter', () => {
  it('allows the limit per window and key, then refuses until the window ends', () => {
    const allow = createMemoryCounter(3, 60_000)
    expect([1, 2, 3, 4].map(() => allow('a', 1_000))).toEqual([true, true, true, false])
    expect(allow('b', 1_000)).toBe(true)
    expect(allow('a', 60_999)).toBe(false)
    expect(allow('a', 61_000)).toBe(true)
  })
})

describe('peek', () => {
  it('reads the count of the current window without counting', () => {
    const allow = createMemoryCounter(2, 60_000)
    expect(allow.peek('a', 0)).toBe(0)
    allow('a', 0)
    allow('a', 10)
    expect(allow.peek('a', 20)).toBe(2)
    expect(allow.peek('a', 20)).toBe(2)
    expect(allow.peek('a', 60_000)).toBe(0)
    expect(allow.limit).toBe(2)
  })
})
