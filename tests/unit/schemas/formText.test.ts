import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { stopTextSchema } from '../../../shared/schemas/content'
import { eventSchema } from '../../../shared/schemas/event'
import { inviteAcceptSchema } from '../../../shared/schemas/invite'
import { signupSchema } from '../../../shared/schemas/signup'
import { draftSaveSchema, returnSchema } from '../../../shared/schemas/submission'
import { fieldsAtFault } from '../../../shared/utils/fieldsAtFault'

const signup = { name: 'Li Wei', email: 'li.wei@example.edu', contact: 'wx_li', university: 'Fudan University', language: 'zh', consent: true, idempotencyKey: randomUUID() }
const event = {
  walkSlug: 'yuyuan-road', stopSlugs: ['qian-xuesen-residence'], meetingLat: 31.2223, meetingLng: 121.426,
  meetingNote: { en: 'Jiangsu Road station' }, startsAt: '2027-03-05T10:00', durationMin: 150, capacity: 25,
  guideLanguages: ['en'], signupDeadline: '2027-03-04T18:00', descriptions: { en: 'A guided walk.' }, status: 'published',
}
const stopText = { title: 'Former residence', summary: 'A house on a quiet lane, now a small museum.', address: '1 Some Road', accessNotes: 'Open on weekdays only.' }
const draft = { kind: 'stop', slug: 'qian-xuesen-residence', locale: 'ko', fields: { title: 'Title' }, body: 'Text', position: null }

/** Every free-text field of every form, with a valid whole form around it. */
const FIELDS: { schema: z.ZodType, valid: Record<string, unknown>, field: string, set: (value: string) => Record<string, unknown> }[] = [
  ...(['name', 'contact', 'university'] as const).map(field => ({ schema: signupSchema, valid: signup, field, set: (value: string) => ({ ...signup, [field]: `Li${value}Wei` }) })),
  { schema: inviteAcceptSchema, valid: { name: 'Vera', password: 'a long password' }, field: 'name', set: value => ({ name: `Ve${value}ra`, password: 'a long password' }) },
  ...(['descriptions', 'meetingNote'] as const).map(field => ({ schema: eventSchema, valid: event, field, set: (value: string) => ({ ...event, [field]: { en: `Meet${value}here` } }) })),
  ...(['title', 'summary', 'address', 'accessNotes'] as const).map(field => ({ schema: stopTextSchema, valid: stopText, field, set: (value: string) => ({ ...stopText, [field]: `${stopText[field]}${value}` }) })),
  { schema: returnSchema, valid: { comment: 'Please read it slowly.' }, field: 'comment', set: value => ({ comment: `Please${value}read it slowly.` }) },
  { schema: draftSaveSchema, valid: draft, field: 'body', set: value => ({ ...draft, body: `Text${value}` }) },
  { schema: draftSaveSchema, valid: draft, field: 'fields', set: value => ({ ...draft, fields: { title: `Ti${value}tle` } }) },
]

describe('every free-text field of a form', () => {
  it.each(FIELDS.map(f => [f.field, f] as const))('%s refuses NUL, controls and direction overrides, naming itself', (_field, { schema, valid, field, set }) => {
    expect(schema.safeParse(valid).success).toBe(true)
    for (const hidden of ['\u0000', '\u0007', '\u009B', '\u202E', '\u2066', '\uD800']) {
      const result = schema.safeParse(set(hidden))
      expect(result.success, JSON.stringify(hidden)).toBe(false)
      expect(fieldsAtFault(result.error!)).toEqual([field])
    }
  })

  it.each(FIELDS.map(f => [f.field, f] as const))('%s takes any script', (_field, { schema, set }) => {
    expect(schema.safeParse(set(' 李 이 Ж ع ')).success).toBe(true)
  })

  // A sign-up's university and contact take letters, digits and name punctuation only; a name takes emoji too.
  it.each(FIELDS.filter(f => f.schema !== signupSchema || f.field === 'name').map(f => [f.field, f] as const))('%s takes emoji', (_field, { schema, set }) => {
    expect(schema.safeParse(set(' 🎉 👩🏽‍🎓 🇨🇳 ')).success).toBe(true)
  })

  it.each(['university', 'contact'])('signup %s refuses emoji', (field) => {
    expect(fieldsAtFault(signupSchema.safeParse({ ...signup, [field]: 'Fudan 🎓' }).error!)).toEqual([field])
  })

  it('a signup name is never only a joiner or selector, and takes no invisible tag characters', () => {
    for (const name of ['\u200D', '\uFE0F', '\u200D\uFE0F', 'Li\u{E0041}Wei']) {
      expect(fieldsAtFault(signupSchema.safeParse({ ...signup, name }).error!), JSON.stringify(name)).toEqual(['name'])
    }
  })

  it('a signup name still refuses markup', () => {
    expect(fieldsAtFault(signupSchema.safeParse({ ...signup, name: 'Li <b>Wei</b>' }).error!)).toEqual(['name'])
  })
})

describe('one-line fields', () => {
  it.each(['name', 'university', 'contact'])('signup %s refuses a line break', (field) => {
    for (const lineBreak of ['\n', '\r', '\r\n']) {
      expect(fieldsAtFault(signupSchema.safeParse({ ...signup, [field]: `Li${lineBreak}Wei` }).error!)).toEqual([field])
    }
  })

  it('a stop title and a volunteer name refuse a line break; a stop summary keeps it', () => {
    expect(stopTextSchema.safeParse({ ...stopText, title: 'Former\nresidence' }).success).toBe(false)
    expect(inviteAcceptSchema.safeParse({ name: 'Ve\r\nra', password: 'a long password' }).success).toBe(false)
    expect(stopTextSchema.parse({ ...stopText, summary: 'A house on a quiet lane,\r\nnow a museum.' }).summary).toBe('A house on a quiet lane,\nnow a museum.')
  })
})
