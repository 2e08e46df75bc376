import { describe, expect, it } from 'vitest'
import { formatShanghai, parseShanghaiDateTime, toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'

describe('Shanghai time', () => {
  it('reads a wall-clock time as UTC+8 all year round', () => {
    expect(parseShanghaiDateTime('2026-12-05T10:00')?.toISOString()).toBe('2026-12-05T02:00:00.000Z')
    expect(parseShanghaiDateTime('2027-07-01T08:30')?.toISOString()).toBe('2027-07-01T00:30:00.000Z')
    expect(parseShanghaiDateTime('2027-01-01T03:00')?.toISOString()).toBe('2026-12-31T19:00:00.000Z')
  })

  it('rejects malformed and impossible dates', () => {
    for (const bad of ['2026-02-31T10:00', '2026-12-05 10:00', '2026-12-05T24:00', '2026-13-01T10:00', '', 'tomorrow']) {
      expect(parseShanghaiDateTime(bad), bad).toBeNull()
    }
  })

  it('round-trips through the datetime-local value', () => {
    const date = new Date('2026-12-05T02:00:00Z')
    expect(toShanghaiDateTimeValue(date)).toBe('2026-12-05T10:00')
    expect(parseShanghaiDateTime(toShanghaiDateTimeValue(date))).toEqual(date)
  })

  it('shows the Shanghai date and time whatever the reader\'s language', () => {
    const date = new Date('2026-12-05T02:00:00Z')
    expect(formatShanghai(date, 'en')).toContain('10:00')
    expect(formatShanghai(date, 'en')).toContain('December 5')
    expect(formatShanghai(new Date('2026-12-05T17:00:00Z'), 'en')).toContain('December 6')
    expect(formatShanghai(date, 'ar')).toMatch(/10:00/)
  })
})
