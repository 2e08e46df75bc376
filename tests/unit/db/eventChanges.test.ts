import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../server/db/connect'
import { CapacityBelowConfirmed, previewChange, updateEvent, type EventRow } from '../../../server/db/eventStore'
import { createSignup } from '../../../server/db/signupStore'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (n: number) => ({
  name: `Student ${n}`, email: `c${n}-${randomUUID()}@example.edu`, contact: '', university: 'SHU', language: 'en' as const, consent: true as const, idempotencyKey: randomUUID(),
})

/** The event's current values with `changes`, as the edit form sends them. */
async function edited(database: Database, id: string, changes: Partial<EventRow>) {
  const [row] = await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, id))
  const { id: _id, signupSeq: _seq, createdAt: _c, updatedAt: _u, ...values } = { ...row!, ...changes }
  return values
}

const stateOf = async (database: Database, eventId: string) => ({
  statuses: (await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.eventId, eventId)).orderBy(database.tables.signups.seq)).map(s => s.status),
  notices: (await database.db.select().from(database.tables.outbox).where(eq(database.tables.outbox.eventId, eventId))).map(m => m.pendingKind).sort(),
  capacity: (await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, eventId)))[0]!.capacity,
})

describe.each(STORE_ENGINES)('an organiser changing capacity after sign-ups on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('moves the people waiting into new places, in order, and tells them, before any newcomer', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    for (const n of [1, 2, 3, 4]) await createSignup(database, eventId, person(n))
    const saved = await updateEvent(database, eventId, await edited(database, eventId, { capacity: 3 }))
    expect(saved!.promoted).toBe(2)
    expect(await stateOf(database, eventId)).toEqual({
      statuses: ['confirmed', 'confirmed', 'confirmed', 'waiting'],
      notices: ['confirmed', 'promoted', 'promoted', 'waiting', 'waiting', 'waiting'],
      capacity: 3,
    })
    expect((await createSignup(database, eventId, person(5))).signup.status).toBe('waiting')
  })

  it('refuses a capacity below the places already given, changing nothing', async () => {
    const eventId = await insertEvent(database, { capacity: 3 })
    for (const n of [1, 2, 3]) await createSignup(database, eventId, person(n))
    const before = await stateOf(database, eventId)
    await expect(updateEvent(database, eventId, await edited(database, eventId, { capacity: 2, descriptions: { en: 'Smaller now.' } })))
      .rejects.toEqual(new CapacityBelowConfirmed(3))
    expect(await stateOf(database, eventId)).toEqual(before)
    expect((await updateEvent(database, eventId, await edited(database, eventId, { capacity: 3 })))!.promoted).toBe(0)
  })

  it('previews what an edit would e-mail, exactly as saving it then does, and changes nothing', async () => {
    const eventId = await insertEvent(database, { capacity: 2 })
    for (const n of [1, 2, 3, 4, 5]) await createSignup(database, eventId, person(n))
    const HOUR = 3_600_000
    const [row] = await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, eventId))
    const cases: [string, Partial<EventRow>][] = [
      ['words only', { descriptions: { en: 'Words only.' } }],
      ['more places', { capacity: 4 }],
      ['a new time', { startsAt: new Date(row!.startsAt.getTime() + HOUR) }],
      ['a cancellation', { status: 'cancelled' }],
    ]
    for (const [label, changes] of cases) {
      const values = await edited(database, eventId, changes)
      const before = await stateOf(database, eventId)
      const preview = await previewChange(database, eventId, values)
      expect(await stateOf(database, eventId), label).toEqual(before)
      const saved = await updateEvent(database, eventId, values)
      expect({ notified: preview!.notified, promoted: preview!.promoted }, label).toEqual({ notified: saved!.notified, promoted: saved!.promoted })
    }
    await expect(previewChange(database, eventId, await edited(database, eventId, { capacity: 1, status: 'published' }))).rejects.toEqual(new CapacityBelowConfirmed(4))
  })
})
