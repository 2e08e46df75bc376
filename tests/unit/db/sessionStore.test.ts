import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSession, closeSessionsOf, deleteExpiredSessions, openSession, sessionIsLive } from '../../../server/db/sessionStore'
import { addUser } from '../../../server/db/userStore'
import { OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const HOUR = 3_600_000

describe.each(STORE_ENGINES)('server-side sessions on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let alice: string
  let bob: string
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    alice = await addUser(database, { email: 'alice@example.org', name: 'Alice', role: 'organiser', password: 'alice password 1' })
    bob = await addUser(database, { email: 'bob@example.org', name: 'Bob', role: 'volunteer', password: 'bob password 12' })
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('counts a session only for its own user, until it expires', async () => {
    const now = new Date()
    const id = await openSession(database, alice, 12 * HOUR, now)
    expect(await sessionIsLive(database, id, alice, now)).toBe(true)
    expect(await sessionIsLive(database, id, bob, now)).toBe(false)
    expect(await sessionIsLive(database, undefined, alice, now)).toBe(false)
    expect(await sessionIsLive(database, 'made-up', alice, now)).toBe(false)
    expect(await sessionIsLive(database, id, alice, new Date(now.getTime() + 13 * HOUR))).toBe(false)
  })

  it('ends one session on logout and every session of a user on demand', async () => {
    const first = await openSession(database, alice, HOUR)
    const second = await openSession(database, alice, HOUR)
    const bobs = await openSession(database, bob, HOUR)
    await closeSession(database, first)
    expect(await sessionIsLive(database, first, alice)).toBe(false)
    expect(await sessionIsLive(database, second, alice)).toBe(true)
    await closeSessionsOf(database, alice)
    expect(await sessionIsLive(database, second, alice)).toBe(false)
    expect(await sessionIsLive(database, bobs, bob)).toBe(true)
  })

  it('drops expired sessions and keeps live ones', async () => {
    const now = new Date()
    const old = await openSession(database, bob, HOUR, new Date(now.getTime() - 2 * HOUR))
    const live = await openSession(database, bob, HOUR, now)
    await deleteExpiredSessions(database, now)
    const ids = (await database.db.select().from(database.tables.sessions)).map(row => row.id)
    expect(ids).not.toContain(old)
    expect(ids).toContain(live)
  })
})
