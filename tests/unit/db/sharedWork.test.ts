import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoEvent } from '../../../server/db/bootstrap'
import type { Database } from '../../../server/db/connect'
import { updateEvent, type EventRow } from '../../../server/db/eventStore'
import { claimDueReminders } from '../../../server/db/maintenance'
import { loadMigrations } from '../../../server/db/migrate'
import { openDatabaseFromEnv } from '../../../server/db/open'
import { claimMail, enqueueMail, markFailed, markSent, MAX_ATTEMPTS } from '../../../server/db/outboxStore'
import { countHit, peekHits } from '../../../server/db/rateLimitStore'
import { cancelSignup, createSignup, deleteOwnData } from '../../../server/db/signupStore'
import { createPostgresDatabase, insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const HOUR = 3_600_000
const person = (n: number) => ({
  name: `Student ${n}`, email: `s${n}-${randomUUID()}@example.edu`, contact: '', university: 'SHU', language: 'en' as const, consent: true as const, idempotencyKey: randomUUID(),
})
const queuedKinds = async (database: Database, eventId: string) => (await database.db.select().from(database.tables.outbox)
  .where(eq(database.tables.outbox.eventId, eventId))).map(row => row.pendingKind).sort()

describe.each(STORE_ENGINES)('work shared by servers on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('queues each reminder in the transaction that marks the person reminded', async () => {
    const now = new Date()
    const soon = await insertEvent(database, { startsAt: new Date(now.getTime() + 20 * HOUR), signupDeadline: new Date(now.getTime() + 10 * HOUR), capacity: 2 })
    // Signed up two days ago, before the reminder's reach: due now.
    for (const n of [1, 2, 3]) await createSignup(database, soon, person(n), new Date(now.getTime() - 48 * HOUR))
    const reminded = await claimDueReminders(database, now)
    expect(reminded).toHaveLength(2)
    expect(await claimDueReminders(database, now)).toEqual([])
    expect(await queuedKinds(database, soon)).toEqual(['confirmed', 'confirmed', 'reminder', 'reminder', 'waiting'])
  })

  it('queues the student\'s own notice with their cancellation (and the promotion it causes); deleting their data queues none', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    const [placed, waiting, third] = [(await createSignup(database, eventId, person(1))).signup, (await createSignup(database, eventId, person(2))).signup, (await createSignup(database, eventId, person(3))).signup]
    await cancelSignup(database, placed!.token)
    await cancelSignup(database, third!.token)
    expect(await queuedKinds(database, eventId)).toEqual(['confirmed', 'promoted', 'waiting', 'waiting', 'withdrawn', 'withdrawnWaiting'])
    await deleteOwnData(database, waiting!.token)
    expect((await queuedKinds(database, eventId)).filter(kind => kind?.startsWith('withdrawn'))).toEqual(['withdrawn', 'withdrawnWaiting'])
  })

  it('queues a notice to everyone signed up with new details, a new time or a cancellation, in the edit\'s transaction', async () => {
    const eventId = await insertEvent(database, { capacity: 1 })
    for (const n of [1, 2]) await createSignup(database, eventId, person(n))
    const [row] = await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, eventId))
    const values = (event: EventRow, changes: Partial<EventRow>) => {
      const { id: _id, signupSeq: _seq, createdAt: _c, updatedAt: _u, ...rest } = { ...event, ...changes }
      return rest
    }
    expect((await updateEvent(database, eventId, values(row!, {})))!.notified).toBe(0)
    expect((await updateEvent(database, eventId, values(row!, { descriptions: { en: 'Words only.' } })))!.notified).toBe(2)
    const moved = await updateEvent(database, eventId, values(row!, { startsAt: new Date(row!.startsAt.getTime() + HOUR) }))
    expect(moved!.notified).toBe(2)
    const cancelled = await updateEvent(database, eventId, values(moved!.after, { status: 'cancelled' }))
    expect(cancelled!.notified).toBe(2)
    expect(await queuedKinds(database, eventId)).toEqual(['cancelled', 'cancelled', 'changed', 'changed', 'confirmed', 'updated', 'updated', 'waiting'])
  })

  it('leases claimed mail to one worker, takes it back when the lease lapses, and backs off after failures', async () => {
    await database.transaction(tx => tx.delete(database.tables.outbox))
    await enqueueMail(database, { eventId: null, recipient: 'a@example.org', subject: 'Hello', text: 'Body' })
    const now = new Date()
    const lease = { limit: 10, write: true, send: true }
    const [claimed] = await claimMail(database, { ...lease, now, leaseUntil: new Date(now.getTime() + 60_000) })
    expect(claimed?.recipient).toBe('a@example.org')
    expect(await claimMail(database, { ...lease, now, leaseUntil: new Date(now.getTime() + 60_000) })).toEqual([])
    // The worker died: after its lease another takes the mail.
    const later = new Date(now.getTime() + 61_000)
    const [retaken] = await claimMail(database, { ...lease, now: later, leaseUntil: new Date(later.getTime() + 60_000) })
    expect(retaken?.id).toBe(claimed!.id)
    await markFailed(database, retaken!, 'SMTP down', later)
    expect(await claimMail(database, { ...lease, now: later, leaseUntil: new Date(later.getTime() + 60_000) })).toEqual([])
    const afterWait = new Date(later.getTime() + 31_000)
    const [again] = await claimMail(database, { ...lease, now: afterWait, leaseUntil: new Date(afterWait.getTime() + 60_000) })
    expect(again).toMatchObject({ id: claimed!.id, attempts: 1, lastError: 'SMTP down' })
    await markSent(database, again!.id, afterWait)
    const muchLater = new Date(afterWait.getTime() + 10 * HOUR)
    expect(await claimMail(database, { ...lease, now: muchLater, leaseUntil: new Date(muchLater.getTime() + 60_000) })).toEqual([])
    // Without SMTP only notices still to be written are taken; without a public origin, none of those.
    await createSignup(database, await insertEvent(database), person(9))
    expect((await claimMail(database, { limit: 10, now: muchLater, leaseUntil: muchLater, write: false, send: false }))).toEqual([])
    expect((await claimMail(database, { limit: 10, now: muchLater, leaseUntil: muchLater, write: false, send: true }))).toEqual([])
    expect((await claimMail(database, { limit: 10, now: muchLater, leaseUntil: new Date(muchLater.getTime() + 1), write: true, send: false })).map(r => r.pendingKind)).toEqual(['confirmed'])
  })

  it('gives up on a mail after the last attempt', async () => {
    await database.transaction(tx => tx.delete(database.tables.outbox))
    await enqueueMail(database, { eventId: null, recipient: 'b@example.org', subject: 'Hello', text: 'Body' })
    let now = new Date()
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [row] = await claimMail(database, { limit: 1, now, leaseUntil: new Date(now.getTime() + 1000), write: true, send: true })
      expect(row?.attempts).toBe(attempt)
      await markFailed(database, row!, 'refused', now)
      now = new Date(now.getTime() + 2 * HOUR)
    }
    expect(await claimMail(database, { limit: 1, now, leaseUntil: new Date(now.getTime() + 1000), write: true, send: true })).toEqual([])
  })

  it('counts rate-limit hits in fixed windows shared through the database', async () => {
    const now = new Date()
    const key = `login ${randomUUID()}`
    expect([await countHit(database, key, 60_000, now), await countHit(database, key, 60_000, now), await countHit(database, key, 60_000, now)]).toEqual([1, 2, 3])
    expect(await peekHits(database, key, 60_000, now)).toBe(3)
    const nextWindow = new Date(now.getTime() + 60_000)
    expect(await peekHits(database, key, 60_000, nextWindow)).toBe(0)
    expect(await countHit(database, key, 60_000, nextWindow)).toBe(1)
  })
})

const MIGRATIONS = join(import.meta.dirname, '..', '..', '..', 'server', 'db', 'migrations', 'pg')

// Two connection pools on one real PostgreSQL: two servers, as far as the database can tell.
describe.skipIf(!STORE_ENGINES.includes('postgres'))('two servers on one PostgreSQL', () => {
  let drop: () => Promise<void>
  let servers: Database[]
  beforeAll(async () => {
    const created = await createPostgresDatabase()
    drop = created.drop
    servers = [await openDatabaseFromEnv({ DATABASE_URL: created.url }), await openDatabaseFromEnv({ DATABASE_URL: created.url })]
  }, OPEN_TIMEOUT_MS)
  afterAll(async () => {
    await Promise.all(servers.map(server => server.close()))
    await drop()
  })

  it('start together on an empty database: migrated once, one demo event', async () => {
    const migrations = await loadMigrations(async path => readFileSync(join(MIGRATIONS, path), 'utf8'))
    const applied = await Promise.all(servers.map(server => server.migrate(migrations, async (scoped) => {
      await seedDemoEvent(scoped)
    })))
    expect(applied.map(tags => tags.length).sort()).toEqual([0, migrations.length])
    expect(await servers[0]!.db.select().from(servers[0]!.tables.events)).toHaveLength(1)
  })

  it('claim each mail and each reminder once when both run at the same moment', async () => {
    const [one, two] = servers as [Database, Database]
    const now = new Date()
    const eventId = await insertEvent(one, { startsAt: new Date(now.getTime() + 20 * HOUR), signupDeadline: new Date(now.getTime() + 10 * HOUR), capacity: 40 })
    await Promise.all(Array.from({ length: 40 }, (_, n) => createSignup(n % 2 ? one : two, eventId, person(n), new Date(now.getTime() - 48 * HOUR))))
    const reminded = await Promise.all([one, two, one, two].map(server => claimDueReminders(server, now)))
    expect(reminded.flat().map(s => s.id).sort()).toHaveLength(40)
    expect(new Set(reminded.flat().map(s => s.id)).size).toBe(40)

    const lease = { limit: 7, now, leaseUntil: new Date(now.getTime() + 60_000), write: true, send: true }
    const claimed: string[] = []
    const worker = async (server: Database) => {
      for (let batch = await claimMail(server, lease); batch.length; batch = await claimMail(server, lease)) claimed.push(...batch.map(row => row.id))
    }
    await Promise.all([worker(one), worker(two), worker(one), worker(two)])
    // 40 confirmations and 40 reminders, each claimed by exactly one worker.
    expect(claimed).toHaveLength(80)
    expect(new Set(claimed).size).toBe(80)
  })

  it('count one shared rate limit', async () => {
    const key = `signup ${randomUUID()}`
    const hits = await Promise.all(Array.from({ length: 20 }, (_, n) => countHit(servers[n % 2]!, key, 60_000)))
    expect(hits.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1))
  })
})
