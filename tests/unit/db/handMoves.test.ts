import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../server/db/connect'
import { moveSignupByHand } from '../../../server/db/handMoves'
import { setCheckedIn } from '../../../server/db/attendeeStore'
import { cancelSignup, createSignup } from '../../../server/db/signupStore'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (n: number) => ({
  name: `Student ${n}`, email: `h${n}-${randomUUID()}@example.edu`, contact: '', university: 'SHU', language: 'en' as const, consent: true as const, idempotencyKey: randomUUID(),
})

/** Who has a place and who waits, in waiting-list order, and the notices queued, by kind. */
async function stateOf(database: Database, eventId: string) {
  const { signups, outbox } = database.tables
  const rows = await database.db.select().from(signups).where(eq(signups.eventId, eventId)).orderBy(signups.seq)
  return {
    confirmed: rows.filter(row => row.status === 'confirmed').map(row => row.name).sort(),
    waiting: rows.filter(row => row.status === 'waiting').map(row => row.name),
    notices: (await database.db.select().from(outbox).where(eq(outbox.eventId, eventId))).map(m => m.pendingKind).sort(),
  }
}

async function signUp(database: Database, eventId: string, people: number[]) {
  const ids: string[] = []
  for (const n of people) ids.push((await createSignup(database, eventId, person(n))).signup.id)
  return ids
}

describe.each(STORE_ENGINES)('an organiser moving a student by hand on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('gives a waiting student a place out of turn when one is free, and tells them', async () => {
    const eventId = await insertEvent(database, { capacity: 2 })
    const [, , third] = await signUp(database, eventId, [1, 2, 3, 4])
    await cancelSignup(database, (await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.eventId, eventId)).orderBy(database.tables.signups.seq))[0]!.token)
    // Student 3 moved up on the cancellation; Student 4 waits. Student 4 gets nothing free: the walk is full again.
    expect(await moveSignupByHand(database, eventId, third!, 'confirmed', { overCapacity: false })).toMatchObject({ changed: false })
    const before = await stateOf(database, eventId)
    const fourth = (await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.name, 'Student 4')))
      .find(row => row.eventId === eventId)!.id
    expect(await moveSignupByHand(database, eventId, fourth, 'confirmed', { overCapacity: false })).toEqual({ refused: 'overCapacity' })
    expect(await stateOf(database, eventId)).toEqual(before)
    const given = await moveSignupByHand(database, eventId, fourth, 'confirmed', { overCapacity: true })
    expect(given).toMatchObject({ changed: true, promoted: [] })
    expect(await stateOf(database, eventId)).toEqual({
      confirmed: ['Student 2', 'Student 3', 'Student 4'],
      waiting: [],
      notices: [...before.notices, 'placeGiven'].sort(),
    })
  })

  it('moves a confirmed student to the end of the waiting list; the next person waiting gets the place', async () => {
    const eventId = await insertEvent(database, { capacity: 2 })
    const [first] = await signUp(database, eventId, [1, 2, 3, 4])
    const moved = await moveSignupByHand(database, eventId, first!, 'waiting', { overCapacity: false })
    expect(moved).toMatchObject({ changed: true })
    expect((moved as { promoted: { name: string }[] }).promoted.map(row => row.name)).toEqual(['Student 3'])
    const state = await stateOf(database, eventId)
    expect(state.confirmed).toEqual(['Student 2', 'Student 3'])
    expect(state.waiting).toEqual(['Student 4', 'Student 1'])
    expect(state.notices).toEqual(['confirmed', 'confirmed', 'movedToWaiting', 'promoted', 'waiting', 'waiting'])
  })

  it('refuses what would change nothing or take a place from someone who arrived, writing nothing', async () => {
    const eventId = await insertEvent(database, { capacity: 2 })
    const [first, second] = await signUp(database, eventId, [1, 2])
    const before = await stateOf(database, eventId)
    const eventRow = async () => (await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, eventId)))[0]
    const eventBefore = await eventRow()
    expect(await moveSignupByHand(database, eventId, first!, 'confirmed', { overCapacity: false })).toMatchObject({ changed: false })
    expect(await eventRow()).toEqual(eventBefore)
    // Nobody waits: the freed place would come straight back.
    expect(await moveSignupByHand(database, eventId, first!, 'waiting', { overCapacity: false })).toEqual({ refused: 'nobodyWaiting' })
    await setCheckedIn(database, eventId, second!, true)
    await signUp(database, eventId, [3])
    expect(await moveSignupByHand(database, eventId, second!, 'waiting', { overCapacity: false })).toEqual({ refused: 'checkedIn' })
    expect(await moveSignupByHand(database, eventId, randomUUID(), 'confirmed', { overCapacity: true })).toEqual({ refused: 'notFound' })
    // Another walk's sign-up is not this walk's to move.
    const otherEvent = await insertEvent(database, { capacity: 1 })
    expect(await moveSignupByHand(database, otherEvent, first!, 'waiting', { overCapacity: false })).toEqual({ refused: 'notFound' })
    const after = await stateOf(database, eventId)
    expect(after.confirmed).toEqual(before.confirmed)
    expect(after.notices).toEqual([...before.notices, 'waiting'].sort())
  })

  it('leaves a cancelled sign-up alone', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    const [first] = await signUp(database, eventId, [1])
    const [row] = await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.id, first!))
    await cancelSignup(database, row!.token)
    expect(await moveSignupByHand(database, eventId, first!, 'confirmed', { overCapacity: true })).toEqual({ refused: 'cancelled' })
  })
})
