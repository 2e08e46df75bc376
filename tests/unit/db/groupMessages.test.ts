import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { audienceSizes, listGroupMessages, sendGroupMessage } from '../../../server/db/groupMessages'
import { createSignup } from '../../../server/db/signupStore'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (name: string, language = 'en') => ({
  name, email: `${name.toLowerCase()}-${randomUUID()}@example.edu`, contact: '', university: 'SHU', language: language as 'en', consent: true as const, idempotencyKey: randomUUID(),
})

describe.each(STORE_ENGINES)('writing to a walk\'s students on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('writes to the audience chosen, in one transaction with its log entry, and to nobody who deleted their data', async () => {
    const eventId = await insertEvent(database, { capacity: 2 })
    for (const [name, language] of [['Ana', 'en'], ['Min', 'ko'], ['Omar', 'ar'], ['Zoe', 'fr']]) await createSignup(database, eventId, person(name!, language))
    // Zoe, waiting, deleted her data: her row stays for the counts, without an address.
    await database.db.update(database.tables.signups).set({ email: null, name: null }).where(eq(database.tables.signups.language, 'fr'))
    expect(await audienceSizes(database, eventId)).toEqual({ confirmed: 2, waiting: 1, everyone: 3 })

    const author = { id: randomUUID(), name: 'Org' }
    await database.db.insert(database.tables.users).values({ id: author.id, email: `${author.id}@example.org`, name: 'Org', passwordHash: 'x', role: 'organiser', createdAt: new Date(), updatedAt: new Date() })
    const written: string[] = []
    const sent = await sendGroupMessage(database, eventId, author, { audience: 'confirmed', template: 'weather', note: 'Bring water.' }, (recipient) => {
      written.push(`${recipient.name} ${recipient.language}`)
      return { eventId, recipient: recipient.email, subject: `to ${recipient.name}`, text: recipient.token }
    })
    expect(sent).toEqual({ recipients: 2 })
    expect(written.sort()).toEqual(['Ana en', 'Min ko'])
    const queued = await database.db.select().from(database.tables.outbox).where(eq(database.tables.outbox.eventId, eventId))
    expect(queued.map(mail => mail.subject).filter(subject => subject.startsWith('to ')).sort()).toEqual(['to Ana', 'to Min'])

    expect(await sendGroupMessage(database, eventId, author, { audience: 'everyone', template: null, note: 'See you.' }, r => ({ eventId, recipient: r.email, subject: 's', text: 't' })))
      .toEqual({ recipients: 3 })
    const log = await listGroupMessages(database, eventId)
    expect(log.map(entry => [entry.audience, entry.template, entry.note, entry.recipients, entry.authorName])).toEqual([
      ['everyone', null, 'See you.', 3, 'Org'],
      ['confirmed', 'weather', 'Bring water.', 2, 'Org'],
    ])
  })

  it('writes nothing when nobody is in the audience', async () => {
    const eventId = await insertEvent(database)
    const before = await database.db.select().from(database.tables.outbox)
    const nobody = () => {
      throw new Error('no one to write to')
    }
    expect(await sendGroupMessage(database, eventId, { id: randomUUID(), name: 'Org' }, { audience: 'waiting', template: 'runningLate', note: '' }, nobody)).toBeNull()
    expect(await listGroupMessages(database, eventId)).toEqual([])
    expect(await database.db.select().from(database.tables.outbox)).toEqual(before)
  })
})
