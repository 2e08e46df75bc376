import Sqlite from 'better-sqlite3'
import type { APIRequestContext } from '@playwright/test'
import type { EventInput } from '../../shared/schemas/event'
import { shanghaiDateTimeInDays } from './support/eventDates'
import { createOwnEvent, logInAsOwnOrganiser, logInOrganiser } from './support/organiserEvents'
import { test, expect } from './support/fixtures'

const form = (overrides: Partial<Record<keyof EventInput, unknown>> & Record<string, unknown> = {}) => ({
  walkSlug: 'suzhou-creek',
  stopSlugs: ['zhongshan-park-frontage'],
  meetingLat: 31.2199,
  meetingLng: 121.4111,
  meetingNote: { en: 'Zhongshan Park station, exit 3.' },
  startsAt: shanghaiDateTimeInDays(30, '14:00'),
  durationMin: 120,
  capacity: 5,
  guideLanguages: ['en'],
  signupDeadline: shanghaiDateTimeInDays(29, '20:00'),
  descriptions: { en: 'A walk by the creek.' },
  status: 'published',
  ...overrides,
})

/** Each refused with 422 invalidInput naming the fields the form marks. */
const HOSTILE: [string, object, string[]][] = [
  ['a start yesterday', form({ startsAt: shanghaiDateTimeInDays(-1), signupDeadline: shanghaiDateTimeInDays(-2) }), ['startsAt']],
  ['a start three years ahead', form({ startsAt: shanghaiDateTimeInDays(3 * 365), signupDeadline: shanghaiDateTimeInDays(3 * 365 - 1) }), ['startsAt']],
  ['a sign-up deadline after the start', form({ signupDeadline: shanghaiDateTimeInDays(31) }), ['signupDeadline']],
  ['an unknown field', form({ organiserId: 'someone-else' }), ['organiserId']],
  ['two unknown fields', form({ id: 'x', createdAt: 0 }), ['id', 'createdAt']],
  ['NUL in a description', form({ descriptions: { en: 'A walk\u0000' } }), ['descriptions']],
  ['a right-to-left override in a description', form({ descriptions: { zh: '\u202E步行' } }), ['descriptions']],
  ['an isolate in a meeting note', form({ meetingNote: { en: 'Exit \u20663\u2069' } }), ['meetingNote']],
  ['an escape sequence in a meeting note', form({ meetingNote: { ar: '\u001B[2J' } }), ['meetingNote']],
  ['a C1 control in a description', form({ descriptions: { ru: 'Прогулка\u0085' } }), ['descriptions']],
  ['a lone surrogate in a description', form({ descriptions: { ko: '산책\uD800' } }), ['descriptions']],
]

test('hostile event forms are refused with 422 naming each field at fault, and create nothing', async ({ request }) => {
  // An organiser of their own: other tests running beside this one create walks for the demo organiser.
  await logInAsOwnOrganiser(request)
  const before = (await (await request.get('/api/organiser/events')).json() as unknown[]).length
  for (const [label, body, fields] of HOSTILE) {
    const response = await request.post('/api/organiser/events', { data: body })
    expect(response.status(), label).toBe(422)
    const answer = await response.json()
    expect(answer.data.key, label).toBe('invalidInput')
    expect(answer.data.fields, label).toEqual(fields)
  }
  expect((await (await request.get('/api/organiser/events')).json() as unknown[]).length).toBe(before)
})

test('texts in every script, with emoji and Windows line ends, are kept', async ({ request }) => {
  await logInOrganiser(request)
  const descriptions = { en: 'Walk 🚶\r\nthen tea ☕', zh: '沿苏州河散步', ar: 'نزهة على ضفاف النهر', ko: '강변 산책', ru: 'Прогулка у реки', fr: 'Balade au bord de l’eau' }
  const id = await createOwnEvent(request, { descriptions })
  const saved = await (await request.get(`/api/organiser/events/${id}`)).json() as EventInput
  expect(saved.descriptions).toEqual({ ...descriptions, en: 'Walk 🚶\nthen tea ☕' })
})

/** Moves an event's start (and deadline) into the past, as time does. */
function letTimePass(eventId: string) {
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!)
  try {
    const start = Date.now() - 3 * 86_400_000
    db.prepare('UPDATE events SET starts_at = ?, signup_deadline = ? WHERE id = ?').run(start, start - 86_400_000, eventId)
  }
  finally {
    db.close()
  }
}

async function edit(request: APIRequestContext, id: string, change: (saved: EventInput) => Partial<EventInput>) {
  const saved = await (await request.get(`/api/organiser/events/${id}`)).json() as EventInput
  return request.put(`/api/organiser/events/${id}`, { data: { ...saved, ...change(saved) } })
}

test('a walk that has passed can still be edited while its time stays; moving it needs a start ahead', async ({ request }) => {
  await logInOrganiser(request)
  const id = await createOwnEvent(request)
  letTimePass(id)

  const kept = await edit(request, id, saved => ({ descriptions: { en: 'Thanks to everyone who came.' }, status: saved.status }))
  expect(kept.status()).toBe(200)
  expect((await kept.json()).notified).toBe(false)

  const movedIntoPast = await edit(request, id, () => ({ startsAt: shanghaiDateTimeInDays(-4), signupDeadline: shanghaiDateTimeInDays(-5) }))
  expect(movedIntoPast.status()).toBe(422)
  expect((await movedIntoPast.json()).data.fields).toEqual(['startsAt'])

  const movedAhead = await edit(request, id, () => ({ startsAt: shanghaiDateTimeInDays(20), signupDeadline: shanghaiDateTimeInDays(19) }))
  expect(movedAhead.status()).toBe(200)
})
