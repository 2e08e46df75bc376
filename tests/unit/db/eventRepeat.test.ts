import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../server/db/connect'
import { repeatEvent } from '../../../server/db/eventRepeat'
import { findEvent } from '../../../server/db/eventStore'
import { createSignup } from '../../../server/db/signupStore'
import { timesOn, weeklyDates } from '../../../shared/utils/repeatDates'
import { parseShanghaiDateTime } from '../../../shared/utils/shanghaiTime'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

describe('the dates of a repeated walk', () => {
  const saturday = parseShanghaiDateTime('2026-12-26T09:30')!
  it('falls on the same weekday each following week, across a month and a year', () => {
    expect(weeklyDates(saturday, 3)).toEqual(['2027-01-02', '2027-01-09', '2027-01-16'])
    // 00:30 in Shanghai is still the evening before in UTC: the Shanghai date counts.
    expect(weeklyDates(parseShanghaiDateTime('2026-12-26T00:30')!, 1)).toEqual(['2027-01-02'])
  })

  it('keeps the clock time and how long before the start sign-up closes; a day that does not exist has none', () => {
    const source = { startsAt: saturday, signupDeadline: parseShanghaiDateTime('2026-12-25T20:00')! }
    const moved = timesOn('2027-02-06', source)!
    expect(moved.startsAt).toEqual(parseShanghaiDateTime('2027-02-06T09:30'))
    expect(moved.signupDeadline).toEqual(parseShanghaiDateTime('2027-02-05T20:00'))
    expect(timesOn('2027-02-30', source)).toBeNull()
  })
})

async function addUser(database: Database, name: string) {
  const id = randomUUID()
  await database.db.insert(database.tables.users).values({ id, email: `${id}@example.org`, name, passwordHash: 'x', role: 'organiser', createdAt: new Date(), updatedAt: new Date() })
  return id
}

describe.each(STORE_ENGINES)('repeating a walk on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('makes walks of their own with the same route, texts and team, no sign-ups, and tells the rest of the team', async () => {
    const sourceId = await insertEvent(database, { capacity: 12, descriptions: { en: 'Along Yuyuan Road.', ko: '위위안로를 따라.' } })
    const { eventOrganisers, outbox, signups } = database.tables
    const [me, guide, partner] = [await addUser(database, 'Me'), await addUser(database, 'Gu Ide'), await addUser(database, 'Co Org')]
    await database.db.insert(eventOrganisers).values([{ eventId: sourceId, userId: me, role: 'organiser' }, { eventId: sourceId, userId: guide, role: 'guide' }, { eventId: sourceId, userId: partner, role: 'organiser' }])
    await createSignup(database, sourceId, { name: 'A student', email: `s-${randomUUID()}@example.edu`, contact: '', university: 'SHU', language: 'en', consent: true, idempotencyKey: randomUUID() })
    const source = (await findEvent(database, sourceId))!
    const times = weeklyDates(source.startsAt, 2).map(date => timesOn(date, source)!)

    const ids = await repeatEvent(database, source, times, 'draft', me, (eventId, startsAt, member, role) => ({ eventId, recipient: member.email, subject: `${role} ${member.name}`, text: startsAt.toISOString() }))
    expect(ids).toHaveLength(2)
    for (const [i, id] of ids.entries()) {
      const copy = (await findEvent(database, id))!
      expect(copy).toMatchObject({
        walkSlug: source.walkSlug, stopSlugs: source.stopSlugs, meetingLat: source.meetingLat, meetingLng: source.meetingLng, meetingNote: source.meetingNote,
        durationMin: source.durationMin, capacity: 12, guideLanguages: source.guideLanguages, descriptions: source.descriptions, status: 'draft',
        startsAt: times[i]!.startsAt, signupDeadline: times[i]!.signupDeadline, signupSeq: 0, liveStatus: 'waiting',
      })
      const team = await database.db.select().from(eventOrganisers).where(eq(eventOrganisers.eventId, id))
      expect(team.map(m => [m.userId, m.role]).sort()).toEqual([[me, 'organiser'], [guide, 'guide'], [partner, 'organiser']].sort())
      expect(await database.db.select().from(signups).where(eq(signups.eventId, id))).toEqual([])
      const mail = await database.db.select().from(outbox).where(eq(outbox.eventId, id))
      expect(mail.map(m => m.subject).sort()).toEqual(['guide Gu Ide', 'organiser Co Org'])
    }
    // The walk repeated is as it was.
    expect(await findEvent(database, sourceId)).toEqual(source)
  })
})
