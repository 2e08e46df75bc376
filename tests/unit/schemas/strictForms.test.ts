import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { narrationSchema, stopFactsSchema, stopTextSchema, walkFactsSchema } from '../../../shared/schemas/content'
import { eventSchema } from '../../../shared/schemas/event'
import { inviteAcceptSchema, inviteCreateSchema } from '../../../shared/schemas/invite'
import { loginSchema } from '../../../shared/schemas/login'
import { signupSchema } from '../../../shared/schemas/signup'
import { draftSaveSchema, returnSchema, reviewDecisionSchema } from '../../../shared/schemas/submission'
import { fieldsAtFault } from '../../../shared/utils/fieldsAtFault'

const position = { lat: 31.22, lng: 121.42, accuracyM: 10 }
const station = { nameZh: '江苏路', lines: ['2'], position }
const FORMS: [string, z.ZodType, Record<string, unknown>][] = [
  ['signup', signupSchema, { name: 'Li Wei', email: 'li@example.edu', contact: '', university: 'Fudan', language: 'en', consent: true, idempotencyKey: randomUUID() }],
  ['login', loginSchema, { email: 'organiser@example.org', password: 'x' }],
  ['invite', inviteCreateSchema, { email: 'vera@example.edu' }],
  ['invite acceptance', inviteAcceptSchema, { name: 'Vera', password: 'a long password' }],
  ['event', eventSchema, {
    walkSlug: null, stopSlugs: ['a-stop'], meetingLat: 31.2, meetingLng: 121.4, meetingNote: { en: 'Gate' }, startsAt: '2027-01-01T10:00',
    durationMin: 60, capacity: 5, guideLanguages: ['en'], signupDeadline: '2027-01-01T09:00', descriptions: { en: 'Walk' }, status: 'draft',
  }],
  ['draft', draftSaveSchema, { kind: 'stop', slug: 'a-stop', locale: 'fr', fields: {}, body: '', position: null }],
  ['review decision', reviewDecisionSchema, { revision: 3 }],
  ['return', returnSchema, { comment: 'Read it more slowly.' }],
  ['stop text', stopTextSchema, { title: 'A stop', summary: 'A summary of ten.', address: '1 Road', accessNotes: 'Open daily.' }],
  ['stop facts', stopFactsSchema, { nameZh: '旧居', addressZh: '上海某路', position, accessCheckOnSite: false, practical: { visiting: { status: 'open' } }, sources: [{ title: 'A book' }] }],
  ['walk facts', walkFactsSchema, { order: 1, practical: { notes: [] }, stops: ['a', 'b'], start: station, end: station }],
  ['narration', narrationSchema, { kind: 'recorded', durationS: 60, cues: [0], sources: [{ src: '/narration/en/a.mp3', type: 'audio/mpeg', bytes: 100 }] }],
]

describe('forms refuse fields they do not know, and name them', () => {
  it.each(FORMS)('%s', (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true)
    const result = schema.safeParse({ ...valid, role: 'organiser', isAdmin: true })
    expect(result.success).toBe(false)
    expect(fieldsAtFault(result.error!)).toEqual(['role', 'isAdmin'])
  })

  it('nested objects too', () => {
    const facts = FORMS.find(([name]) => name === 'stop facts')![2]
    const result = stopFactsSchema.safeParse({ ...facts, position: { ...position, altitude: 4 } })
    expect(fieldsAtFault(result.error!)).toEqual(['position'])
  })

  it('a body that is not an object has no field at fault', () => {
    expect(fieldsAtFault(signupSchema.safeParse([]).error!)).toEqual([])
    expect(fieldsAtFault(signupSchema.safeParse('hello').error!)).toEqual([])
  })
})
