import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignup } from '../../../server/db/signupStore'
import { deleteExpiredPersonalData } from '../../../server/db/maintenance'
import { FOLLOWER_FRESH_MS, listFollowers, liveUpdatesAfter, markFollowing, markLeft, readLiveState, recordLiveChange, LIVE_CHANNEL } from '../../../server/db/liveStore'
import type { LiveChange } from '../../../shared/types/live'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 20, 1, minute))
const start: LiveChange = { kind: 'status', status: 'live' }
const goTo = (stopIndex: number): LiveChange => ({ kind: 'stop', stopIndex })
const say = (text: string): LiveChange => ({ kind: 'message', message: { text, lang: 'en' } })

describe.each(STORE_ENGINES)('live walk store on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  const liveRows = async (eventId: string) => {
    const { events, liveUpdates } = database.tables
    const [event] = await database.db.select({ seq: events.liveSeq, status: events.liveStatus }).from(events).where(eq(events.id, eventId))
    const updates = await database.db.select().from(liveUpdates).where(eq(liveUpdates.eventId, eventId))
    return { event, updates: updates.length }
  }

  it('numbers every change in order and keeps the state a late follower needs', async () => {
    const eventId = await insertEvent(database, { stopSlugs: ['a', 'b', 'c'] })
    const changes: LiveChange[] = [start, goTo(0), { kind: 'message', message: { preset: 'gatherHere' } }, { kind: 'position', position: { lat: 31.22, lng: 121.43 } }, goTo(1), say('Water at the gate.')]
    const seqs = []
    for (const [n, change] of changes.entries()) seqs.push(await recordLiveChange(database, eventId, change, at(n)))
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6].map(seq => ({ seq })))

    const current = await readLiveState(database, eventId)
    expect(current).toEqual({
      seq: 6,
      state: {
        status: 'live', stopIndex: 1, position: { lat: 31.22, lng: 121.43, at: at(3).toISOString() },
        messages: [
          { seq: 3, at: at(2).toISOString(), preset: 'gatherHere' },
          { seq: 6, at: at(5).toISOString(), text: 'Water at the gate.', lang: 'en' },
        ],
      },
    })
    // A phone that had update 3 is sent what came after, in order.
    expect(await liveUpdatesAfter(database, eventId, 3)).toEqual([
      { seq: 4, kind: 'position', position: { lat: 31.22, lng: 121.43, at: at(3).toISOString() } },
      { seq: 5, kind: 'stop', stopIndex: 1 },
      { seq: 6, kind: 'message', message: { seq: 6, at: at(5).toISOString(), text: 'Water at the gate.', lang: 'en' } },
    ])
    expect(await liveUpdatesAfter(database, eventId, 6)).toEqual([])
  })

  it('refuses what the walk is not ready for, and a refusal writes nothing', async () => {
    const eventId = await insertEvent(database, { stopSlugs: ['a', 'b'] })
    expect(await recordLiveChange(database, eventId, goTo(0), at(0))).toEqual({ refused: 'notLive' })
    expect(await recordLiveChange(database, eventId, say('Too early'), at(0))).toEqual({ refused: 'notLive' })
    expect(await liveRows(eventId)).toEqual({ event: { seq: 0, status: 'waiting' }, updates: 0 })

    await recordLiveChange(database, eventId, start, at(1))
    expect(await recordLiveChange(database, eventId, goTo(2), at(2))).toEqual({ refused: 'stopOutOfRange' })
    await recordLiveChange(database, eventId, { kind: 'position', position: { lat: 31.2, lng: 121.4 } }, at(2))
    await recordLiveChange(database, eventId, { kind: 'status', status: 'ended' }, at(3))
    // The end of the walk ends the sharing of the guide's position, and nothing follows it.
    expect((await readLiveState(database, eventId))?.state).toMatchObject({ status: 'ended', position: null })
    for (const change of [start, goTo(0), say('Again?')]) expect(await recordLiveChange(database, eventId, change, at(4))).toEqual({ refused: 'liveEnded' })
    expect(await liveRows(eventId)).toEqual({ event: { seq: 3, status: 'ended' }, updates: 3 })

    const draft = await insertEvent(database, { status: 'draft' })
    const cancelled = await insertEvent(database, { status: 'cancelled' })
    expect(await recordLiveChange(database, draft, start, at(0))).toEqual({ refused: 'notFound' })
    expect(await recordLiveChange(database, cancelled, start, at(0))).toEqual({ refused: 'cancelled' })
    expect(await recordLiveChange(database, randomUUID(), start, at(0))).toEqual({ refused: 'notFound' })
    expect(await readLiveState(database, randomUUID())).toBeNull()
  })

  it('gives changes sent at the same moment (two guides, two servers) numbers of their own, without gaps', async () => {
    const eventId = await insertEvent(database, { stopSlugs: ['a', 'b', 'c'] })
    await recordLiveChange(database, eventId, start, at(0))
    const results = await Promise.all(Array.from({ length: 20 }, (_, n) => recordLiveChange(database, eventId, say(`Message ${n}`), at(1))))
    expect(results.map(result => ('seq' in result ? result.seq : 0)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 2))
    expect((await liveUpdatesAfter(database, eventId, 0)).map(update => update.seq)).toEqual(Array.from({ length: 21 }, (_, n) => n + 1))
  })

  it('keeps the newest 50 messages for a follower who joins late', async () => {
    const eventId = await insertEvent(database)
    await recordLiveChange(database, eventId, start, at(0))
    for (let n = 1; n <= 60; n++) await recordLiveChange(database, eventId, say(`Message ${n}`), at(1))
    const messages = (await readLiveState(database, eventId))!.state.messages
    expect(messages).toHaveLength(50)
    expect(messages[0]).toMatchObject({ text: 'Message 11' })
    expect(messages.at(-1)).toMatchObject({ text: 'Message 60', seq: 61 })
  })

  it('lists who follows now, by name and language, for the organisers, and forgets who left or went quiet', async () => {
    const eventId = await insertEvent(database)
    const person = (name: string, language: 'ko' | 'ar') => ({ name, email: `${randomUUID()}@example.edu`, contact: '', university: 'Fudan', language, consent: true as const, idempotencyKey: randomUUID() })
    const { signup: first } = await createSignup(database, eventId, person('Min-jun', 'ko'))
    const { signup: second } = await createSignup(database, eventId, person('Layla', 'ar'))
    await markFollowing(database, eventId, first.id, at(0))
    await markFollowing(database, eventId, second.id, at(0))
    // The same phone heard from again is still one follower.
    await markFollowing(database, eventId, first.id, at(1))
    expect(await listFollowers(database, eventId, at(1))).toEqual({ count: 2, followers: [{ name: 'Min-jun', language: 'ko' }, { name: 'Layla', language: 'ar' }] })
    // Layla's phone went quiet past the window; Min-jun's heartbeat came a minute ago.
    const later = new Date(at(0).getTime() + FOLLOWER_FRESH_MS + 1_000)
    expect(await listFollowers(database, eventId, later)).toEqual({ count: 1, followers: [{ name: 'Min-jun', language: 'ko' }] })
    await markLeft(database, first.id, at(1))
    expect(await listFollowers(database, eventId, at(1))).toEqual({ count: 1, followers: [{ name: 'Layla', language: 'ar' }] })

    // Layla reloads: her new connection says she is here before the old one's close is handled.
    await markFollowing(database, eventId, second.id, at(2))
    await markLeft(database, second.id, at(1))
    expect(await listFollowers(database, eventId, at(2))).toEqual({ count: 1, followers: [{ name: 'Layla', language: 'ar' }] })
    // Her last connection closes: she has left.
    await markLeft(database, second.id, at(2))
    expect(await listFollowers(database, eventId, at(2))).toEqual({ count: 0, followers: [] })
  })

  it('forgets what the guide said and where they were once the walk\'s personal data is deleted', async () => {
    const longAgo = new Date(Date.now() - 40 * 86_400_000)
    const eventId = await insertEvent(database, { startsAt: longAgo, signupDeadline: new Date(longAgo.getTime() - 86_400_000) })
    await recordLiveChange(database, eventId, start, longAgo)
    await recordLiveChange(database, eventId, { kind: 'position', position: { lat: 31.22, lng: 121.43 } }, longAgo)
    await recordLiveChange(database, eventId, say('Meet me at my flat, 12 Yuyuan Road.'), longAgo)
    await deleteExpiredPersonalData(database, new Date(), 30)
    expect(await liveUpdatesAfter(database, eventId, 0)).toEqual([])
    expect((await readLiveState(database, eventId))!.state).toMatchObject({ position: null, messages: [] })
  })

  it.runIf(engine === 'postgres')('tells every listening server of a change once it is committed', async () => {
    const eventId = await insertEvent(database)
    const heard: string[] = []
    await database.listen!(LIVE_CHANNEL, payload => heard.push(payload), () => {})
    await recordLiveChange(database, eventId, start, at(0))
    await expect.poll(() => heard).toEqual([eventId])
    // A refused change is rolled back, and nobody is told of it.
    await recordLiveChange(database, eventId, goTo(9), at(1))
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(heard).toEqual([eventId])
  })
})
