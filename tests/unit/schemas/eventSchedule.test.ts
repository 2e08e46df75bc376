import { describe, expect, it } from 'vitest'
import { eventSchemaAt } from '../../../shared/schemas/event'
import { fieldsAtFault } from '../../../shared/utils/fieldsAtFault'

// 15:00 on 5 December 2026 in Shanghai.
const now = new Date('2026-12-05T07:00:00Z')
const event = (startsAt: string, signupDeadline = '2025-01-01T08:00') => ({
  walkSlug: 'yuyuan-road', stopSlugs: ['qian-xuesen-residence'], meetingLat: 31.2223, meetingLng: 121.426,
  meetingNote: { en: 'Jiangsu Road station' }, startsAt, durationMin: 150, capacity: 25,
  guideLanguages: ['en'], signupDeadline, descriptions: { en: 'A guided walk.' }, status: 'published',
})
const faults = (input: unknown, saved: string | null = null) => {
  const result = eventSchemaAt(now, saved).safeParse(input)
  return result.success ? [] : fieldsAtFault(result.error)
}

describe('when a walk may start', () => {
  it.each([
    ['in a minute', '2026-12-05T15:01'],
    ['tomorrow', '2026-12-06T10:00'],
    ['in almost two years', '2028-12-03T10:00'],
  ])('accepts a new walk %s', (_label, startsAt) => {
    expect(faults(event(startsAt))).toEqual([])
  })

  it.each([
    ['a minute ago', '2026-12-05T14:59'],
    ['last year', '2025-12-05T10:00'],
    ['in a little over two years', '2028-12-06T10:00'],
    ['in ten years', '2036-12-05T10:00'],
  ])('refuses a new walk starting %s, naming startsAt', (_label, startsAt) => {
    expect(faults(event(startsAt))).toEqual(['startsAt'])
  })

  it('lets a walk that has begun or passed be edited while its start stays as saved', () => {
    expect(faults(event('2026-11-20T10:00', '2026-11-19T20:00'), '2026-11-20T10:00')).toEqual([])
  })

  it('but moving any walk puts the new start in the same window', () => {
    expect(faults(event('2026-11-21T10:00', '2026-11-19T20:00'), '2026-11-20T10:00')).toEqual(['startsAt'])
    expect(faults(event('2030-01-01T10:00'), '2026-12-20T10:00')).toEqual(['startsAt'])
    expect(faults(event('2026-12-21T10:00'), '2026-12-20T10:00')).toEqual([])
  })

  it('still wants the sign-up to close by the start', () => {
    expect(faults(event('2026-12-20T10:00', '2026-12-20T10:01'))).toEqual(['signupDeadline'])
    expect(faults(event('2026-12-01T10:00', '2026-12-02T10:00')).sort()).toEqual(['signupDeadline', 'startsAt'])
  })
})
