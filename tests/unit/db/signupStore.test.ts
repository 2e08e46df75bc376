import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelSignup, createSignup, deleteOwnData, IdempotencyConflict, SignupRefused, waitingListPosition } from '../../../server/db/signupStore'
import { enqueueMail } from '../../../server/db/outboxStore'
import type { SignupInput } from '../../../shared/schemas/signup'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (n: number): SignupInput => ({
  name: `Student ${n}`,
  email: `student${n}@example.edu`,
  contact: '',
  university: 'Tongji University',
  language: 'en',
  consent: true,
  idempotencyKey: randomUUID(),
})

describe.each(STORE_ENGINES)('sign-ups on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  const statuses = async (eventId: string) => {
    const rows = await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.eventId, eventId))
    return { confirmed: rows.filter(r => r.status === 'confirmed').length, waiting: rows.filter(r => r.status === 'waiting').length, total: rows.length }
  }

  it('confirms up to capacity under a rush, then wait-lists, losing no one', async () => {
    const eventId = await insertEvent(database, { capacity: 30 })
    const outcomes = await Promise.all(Array.from({ length: 120 }, (_, n) => createSignup(database, eventId, person(n))))
    expect(outcomes.every(o => o.created)).toBe(true)
    expect(await statuses(eventId)).toEqual({ confirmed: 30, waiting: 90, total: 120 })
  })

  it('queues each new sign-up\'s e-mail in the same transaction, once', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    const one = person(1)
    const first = await createSignup(database, eventId, one)
    // The same request again (its answer lost on the way): no second e-mail.
    await createSignup(database, eventId, one)
    const second = await createSignup(database, eventId, person(2))
    const queued = await database.db.select().from(database.tables.outbox).where(eq(database.tables.outbox.eventId, eventId))
    expect(queued.map(({ signupId, pendingKind, recipient, subject, sentAt }) => ({ signupId, pendingKind, recipient, subject, sentAt }))
      .sort((a, b) => a.recipient.localeCompare(b.recipient))).toEqual([
      { signupId: first.signup.id, pendingKind: 'confirmed', recipient: 'student1@example.edu', subject: '', sentAt: null },
      { signupId: second.signup.id, pendingKind: 'waiting', recipient: 'student2@example.edu', subject: '', sentAt: null },
    ])
  })

  it('never makes a second sign-up for the same key or the same e-mail', async () => {
    const eventId = await insertEvent(database)
    const first = person(1)
    const again = await Promise.all([createSignup(database, eventId, first), createSignup(database, eventId, first)])
    const sameEmail = await createSignup(database, eventId, { ...person(1), email: ' STUDENT1@example.edu ', idempotencyKey: randomUUID() })
    expect(again.filter(o => o.created)).toHaveLength(1)
    expect(sameEmail.created).toBe(false)
    expect(sameEmail.signup.id).toBe(again[0].signup.id)
    expect((await statuses(eventId)).total).toBe(1)
  })

  it('refuses an idempotency key sent again with other details, storing nothing', async () => {
    const eventId = await insertEvent(database)
    const first = person(1)
    await createSignup(database, eventId, first)
    await expect(createSignup(database, eventId, { ...first, email: 'someone.else@example.edu' })).rejects.toBeInstanceOf(IdempotencyConflict)
    await expect(createSignup(database, eventId, { ...first, name: 'Another Name' })).rejects.toBeInstanceOf(IdempotencyConflict)
    expect((await statuses(eventId)).total).toBe(1)
    // The very same request again (a lost answer) is still fine.
    expect((await createSignup(database, eventId, first)).created).toBe(false)
  })

  it('e-mails the link again to the address already signed up, at most three e-mails in an hour', async () => {
    const eventId = await insertEvent(database)
    const start = new Date()
    const first = await createSignup(database, eventId, person(1), start)
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000)
    await createSignup(database, eventId, { ...person(1), email: 'Student1@Example.edu' }, minutes(1))
    await createSignup(database, eventId, person(1), minutes(2))
    await createSignup(database, eventId, person(1), minutes(3))
    await createSignup(database, eventId, person(1), minutes(70))
    const queued = await database.db.select().from(database.tables.outbox).where(eq(database.tables.outbox.eventId, eventId)).orderBy(database.tables.outbox.createdAt)
    expect(queued.map(row => [row.pendingKind, row.recipient, row.signupId])).toEqual([
      ['confirmed', 'student1@example.edu', first.signup.id],
      ['existing', 'student1@example.edu', first.signup.id],
      ['existing', 'student1@example.edu', first.signup.id],
      ['existing', 'student1@example.edu', first.signup.id],
    ])
  })

  it('promotes the first person waiting when someone confirmed cancels', async () => {
    const eventId = await insertEvent(database, { capacity: 2 })
    const arrivals: Awaited<ReturnType<typeof createSignup>>[] = []
    for (const n of [1, 2, 3, 4]) arrivals.push(await createSignup(database, eventId, person(n)))
    const [a, , c, d] = arrivals
    expect(await waitingListPosition(database, c!.signup)).toBe(1)
    expect(await waitingListPosition(database, d!.signup)).toBe(2)
    const { promoted } = await cancelSignup(database, a!.signup.token)
    expect(promoted.map(p => p.id)).toEqual([c!.signup.id])
    const [dNow] = await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.id, d!.signup.id))
    expect(await waitingListPosition(database, dNow!)).toBe(1)
    expect(await statuses(eventId)).toMatchObject({ confirmed: 2, waiting: 1 })
  })

  it('refuses sign-ups after the deadline and for drafts, storing nothing', async () => {
    const past = await insertEvent(database, { signupDeadline: new Date(Date.now() - 1000) })
    const draft = await insertEvent(database, { status: 'draft' })
    await expect(createSignup(database, past, person(1))).rejects.toEqual(new SignupRefused('deadlinePassed'))
    await expect(createSignup(database, draft, person(1))).rejects.toEqual(new SignupRefused('notPublished'))
    await expect(createSignup(database, randomUUID(), person(1))).rejects.toEqual(new SignupRefused('eventNotFound'))
    expect((await statuses(past)).total + (await statuses(draft)).total).toBe(0)
  })
})

describe.each(STORE_ENGINES)('deleting one\'s own data on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('erases the personal fields, frees the place for the next person (told in the same transaction) and keeps no e-mail to them', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    const first = await createSignup(database, eventId, person(1))
    const second = await createSignup(database, eventId, person(2))
    await enqueueMail(database, { eventId, recipient: 'student1@example.edu', subject: 'x', text: 'y' })
    const { signup, promoted } = await deleteOwnData(database, first.signup.token)
    expect(signup).toMatchObject({ status: 'cancelled', name: null, email: null, emailKey: null, university: null })
    expect(signup!.personalDataDeletedAt).toBeInstanceOf(Date)
    expect(promoted.map(p => p.id)).toEqual([second.signup.id])
    const mail = await database.db.select().from(database.tables.outbox).where(eq(database.tables.outbox.eventId, eventId))
    expect(mail.map(m => [m.recipient, m.pendingKind]).sort()).toEqual([['student2@example.edu', 'promoted'], ['student2@example.edu', 'waiting']])
  })
})
