import { describe, expect, it } from 'vitest'
import { eventSchema } from '../../shared/schemas/event'
import { fieldsAtFault as faultsOf } from '../../shared/utils/fieldsAtFault'

const valid = {
  walkSlug: 'yuyuan-road',
  stopSlugs: ['qian-xuesen-residence'],
  meetingLat: 31.2223,
  meetingLng: 121.426,
  meetingNote: { en: 'Jiangsu Road station' },
  startsAt: '2026-12-05T10:00',
  durationMin: 150,
  capacity: 25,
  guideLanguages: ['en', 'zh'],
  signupDeadline: '2026-12-04T18:00',
  descriptions: { en: 'A guided walk.', zh: '' },
  status: 'published',
}
const fieldsAtFault = (input: unknown) => {
  const result = eventSchema.safeParse(input)
  return result.success ? [] : faultsOf(result.error)
}

describe('eventSchema', () => {
  it('accepts a complete event', () => {
    expect(fieldsAtFault(valid)).toEqual([])
  })

  it('needs a description and a meeting note in at least one language', () => {
    expect(fieldsAtFault({ ...valid, descriptions: { en: '  ' } })).toEqual(['descriptions'])
    expect(fieldsAtFault({ ...valid, meetingNote: {} })).toEqual(['meetingNote'])
  })

  it('refuses a meeting point outside Shanghai, impossible dates and a deadline after the start', () => {
    expect(fieldsAtFault({ ...valid, meetingLat: 39.9 })).toEqual(['meetingLat'])
    expect(fieldsAtFault({ ...valid, startsAt: '2026-02-30T10:00' })).toContain('startsAt')
    expect(fieldsAtFault({ ...valid, signupDeadline: '2026-12-05T11:00' })).toEqual(['signupDeadline'])
  })

  it('refuses odd numbers and unknown fields', () => {
    expect(fieldsAtFault({ ...valid, capacity: 0 })).toEqual(['capacity'])
    expect(fieldsAtFault({ ...valid, capacity: 2.5 })).toEqual(['capacity'])
    expect(fieldsAtFault({ ...valid, id: 'x' })).toEqual(['id'])
  })
})
