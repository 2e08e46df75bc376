import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkInByCode } from '../../../server/db/attendeeStore'
import { cancelSignup, createSignup } from '../../../server/db/signupStore'
import type { SignupInput } from '../../../shared/schemas/signup'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (n: number): SignupInput => ({
  name: `Student ${n}`, email: `door${n}-${randomUUID()}@example.edu`, contact: '', university: 'Fudan', language: 'en', consent: true, idempotencyKey: randomUUID(),
})

describe.each(STORE_ENGINES)('check-in by ticket code on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('gives every sign-up its own code, apart from its personal token', async () => {
    const eventId = await insertEvent(database)
    const rows = await Promise.all([1, 2, 3].map(async n => (await createSignup(database, eventId, person(n))).signup))
    expect(new Set(rows.map(r => r.checkinCode)).size).toBe(3)
    for (const row of rows) {
      expect(row.checkinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
      expect(row.token).not.toContain(row.checkinCode)
    }
  })

  it('checks in a confirmed place once; a second scan changes nothing and says so', async () => {
    const eventId = await insertEvent(database)
    const { signup } = await createSignup(database, eventId, person(1))
    const first = await checkInByCode(database, eventId, signup.checkinCode, new Date('2026-12-01T09:00:00Z'))
    expect(first.outcome).toBe('checkedIn')
    const again = await checkInByCode(database, eventId, signup.checkinCode, new Date('2026-12-01T09:05:00Z'))
    expect(again.outcome).toBe('alreadyCheckedIn')
    expect(again.outcome === 'alreadyCheckedIn' && again.signup.checkedInAt?.toISOString()).toBe('2026-12-01T09:00:00.000Z')
  })

  it('refuses a ticket of another event, an unknown code, the waiting list and a cancelled place', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    const otherEventId = await insertEvent(database)
    const confirmed = (await createSignup(database, eventId, person(1))).signup
    const waiting = (await createSignup(database, eventId, person(2))).signup
    const elsewhere = (await createSignup(database, otherEventId, person(3))).signup
    expect(waiting.status).toBe('waiting')
    expect((await checkInByCode(database, eventId, elsewhere.checkinCode)).outcome).toBe('otherEvent')
    expect((await checkInByCode(database, eventId, 'ZZZZZZZZZZZZ')).outcome).toBe('unknown')
    expect((await checkInByCode(database, eventId, waiting.checkinCode)).outcome).toBe('waiting')
    await cancelSignup(database, waiting.token)
    expect((await checkInByCode(database, eventId, waiting.checkinCode)).outcome).toBe('cancelled')
    const untouched = await database.db.select().from(database.tables.signups)
    expect(untouched.filter(r => [confirmed.id, waiting.id, elsewhere.id].includes(r.id)).every(r => r.checkedInAt === null)).toBe(true)
  })
})

describe.each(STORE_ENGINES)('the ticket-code migration on %s', (engine) => {
  it('gives sign-ups made before it a unique code each', { timeout: OPEN_TIMEOUT_MS }, async () => {
    const eventId = randomUUID()
    const at = engine === 'sqlite' ? '1767225600000' : '\'2026-01-01T00:00:00Z\''
    const signupValues = Array.from({ length: 50 }, (_, n) => `('${randomUUID()}', '${eventId}', 'token-${n}', 'key-${n}', 'en', 'confirmed', ${n}, ${at})`).join(', ')
    const seed = {
      tag: 'test_seed',
      sql: `INSERT INTO events (id, stop_slugs, meeting_lat_e6, meeting_lng_e6, meeting_note, starts_at, duration_min, capacity, guide_languages, signup_deadline, descriptions, status)
        VALUES ('${eventId}', '["a"]', 31200000, 121400000, '{}', ${at}, 60, 60, '["en"]', ${at}, '{}', 'published');--> statement-breakpoint
        INSERT INTO signups (id, event_id, token, idempotency_key, language, status, seq, consent_at) VALUES ${signupValues};`,
    }
    const database = await openTestDatabase(engine, ([init, ...later]) => [init!, seed, ...later])
    try {
      const codes = (await database.db.select().from(database.tables.signups)).map(r => r.checkinCode)
      expect(codes).toHaveLength(50)
      expect(new Set(codes).size).toBe(50)
      for (const code of codes) expect(code).toMatch(/^[0-9A-F]{12}$/)
    }
    finally {
      await database.dispose()
    }
  })
})
