import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimDueReminders, deleteExpiredPersonalData } from '../../../server/db/maintenance'
import { enqueueMail } from '../../../server/db/outboxStore'
import { updateEvent } from '../../../server/db/eventStore'
import { reminderLeadMs } from '../../../server/db/reminderLead'
import { createSignup } from '../../../server/db/signupStore'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (n: number) => ({
  name: `Student ${n}`, email: `m${n}@example.edu`, contact: 'wx_1', university: 'SHU', language: 'en' as const, consent: true as const, idempotencyKey: randomUUID(),
})
const HOUR = 3_600_000

describe.each(STORE_ENGINES)('scheduled tasks on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('claims each reminder once, only in the 24 hours before the start', async () => {
    const now = new Date()
    const signedUp = new Date(now.getTime() - 48 * HOUR)
    const soon = await insertEvent(database, { startsAt: new Date(now.getTime() + 20 * HOUR), signupDeadline: new Date(now.getTime() + 10 * HOUR), capacity: 1 })
    const later = await insertEvent(database, { startsAt: new Date(now.getTime() + 30 * HOUR), signupDeadline: new Date(now.getTime() + 10 * HOUR) })
    const confirmed = await createSignup(database, soon, person(1), signedUp)
    await createSignup(database, soon, person(2), signedUp) // waiting: no reminder
    await createSignup(database, later, person(3), signedUp)
    const first = await claimDueReminders(database, now)
    expect(first.map(s => s.id)).toEqual([confirmed.signup.id])
    expect(await claimDueReminders(database, now)).toEqual([])
  })

  it('sends no reminder to someone whose confirmation came within its reach, and re-arms reminders for a new time', async () => {
    const now = new Date()
    const eventId = await insertEvent(database, { startsAt: new Date(now.getTime() + 6 * HOUR), signupDeadline: new Date(now.getTime() + 5 * HOUR), capacity: 5 })
    const lastMinute = await createSignup(database, eventId, person(20), now)
    expect(lastMinute.signup.remindedAt).toEqual(now)
    expect(await claimDueReminders(database, now)).toEqual([])

    // Moved to the day after tomorrow: reminded again before the new start, not now.
    const [row] = await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, eventId))
    const { id: _id, signupSeq: _seq, createdAt: _c, updatedAt: _u, ...values } = row!
    await updateEvent(database, eventId, { ...values, startsAt: new Date(now.getTime() + 50 * HOUR), signupDeadline: new Date(now.getTime() + 40 * HOUR) }, now)
    expect(await claimDueReminders(database, now)).toEqual([])
    expect((await claimDueReminders(database, new Date(now.getTime() + 30 * HOUR))).map(s => s.id)).toEqual([lastMinute.signup.id])
  })

  it('takes the reminder\'s lead from CITYWALK_REMINDER_HOURS, within 1 hour to a week', () => {
    expect(reminderLeadMs({})).toBe(24 * HOUR)
    expect(reminderLeadMs({ CITYWALK_REMINDER_HOURS: '48' })).toBe(48 * HOUR)
    for (const wrong of ['0', '169', '2.5', 'soon', '']) expect(reminderLeadMs({ CITYWALK_REMINDER_HOURS: wrong })).toBe(24 * HOUR)
  })

  it('deletes personal data and its e-mails after the retention period, keeping counts', async () => {
    const now = new Date()
    const old = await insertEvent(database, { startsAt: new Date(now.getTime() - 40 * 24 * HOUR), signupDeadline: new Date(now.getTime() - 41 * 24 * HOUR) })
    const recent = await insertEvent(database, { startsAt: new Date(now.getTime() - 5 * 24 * HOUR), signupDeadline: new Date(now.getTime() - 6 * 24 * HOUR) })
    const { signups, outbox } = database.tables
    for (const [eventId, n] of [[old, 10], [old, 11], [recent, 12]] as const) {
      await database.db.insert(signups).values({
        id: randomUUID(), eventId, token: randomUUID(), idempotencyKey: randomUUID(), name: `P${n}`, email: `p${n}@example.edu`,
        emailKey: `p${n}@example.edu`, contact: '', university: 'SHU', language: 'en', status: 'confirmed', seq: n, consentAt: now,
      })
    }
    await enqueueMail(database, { eventId: old, recipient: 'p10@example.edu', subject: 'x', text: 'y' })
    expect(await deleteExpiredPersonalData(database, now, 30)).toBe(2)
    const oldRows = await database.db.select().from(signups).where(eq(signups.eventId, old))
    expect(oldRows).toHaveLength(2)
    expect(oldRows.every(r => r.name === null && r.email === null && r.university === null && r.personalDataDeletedAt)).toBe(true)
    expect(await database.db.select().from(outbox).where(eq(outbox.eventId, old))).toEqual([])
    const [kept] = await database.db.select().from(signups).where(eq(signups.eventId, recent))
    expect(kept!.email).toBe('p12@example.edu')
    expect(await deleteExpiredPersonalData(database, now, 30)).toBe(0)
  })
})
