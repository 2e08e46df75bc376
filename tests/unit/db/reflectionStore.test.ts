import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteExpiredPersonalData } from '../../../server/db/maintenance'
import { decideReflection, publishedReflections, reflectionPhoto, reflectionsToModerate, saveReflection } from '../../../server/db/reflectionStore'
import { createSignup, deleteOwnData } from '../../../server/db/signupStore'
import type { ReflectionInput } from '../../../shared/schemas/reflection'
import { insertEvent, OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from './testDatabases'

const person = (name: string) => ({ name, email: `${randomUUID()}@example.edu`, contact: '', university: 'Fudan', language: 'ko' as const, consent: true as const, idempotencyKey: randomUUID() })
const words = (text: string, firstName: string | null = null): ReflectionInput => ({ text, language: 'ko', stopSlug: 'rewi-alley-residence', firstName, consent: true })
const photo = { bytes: Buffer.from([0xFF, 0xD8, 0xFF, 0xD9]), width: 4, height: 3 }
const DAY = 86_400_000

describe.each(STORE_ENGINES)('reflection store on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  async function walkWithWriters(names: string[], startsAt = new Date(Date.now() - 2 * 3_600_000)) {
    const eventId = await insertEvent(database, { startsAt: new Date(Date.now() + DAY), signupDeadline: new Date(Date.now() + DAY / 2) })
    const signups = []
    for (const name of names) signups.push((await createSignup(database, eventId, person(name))).signup)
    await database.db.update(database.tables.events).set({ startsAt }).where(eq(database.tables.events.id, eventId))
    return { eventId, signups }
  }

  it('keeps one reflection per place; a change sends it back to the organisers; only published ones are public', async () => {
    const { eventId, signups: [lin] } = await walkWithWriters(['Lin'])
    await saveReflection(database, lin!, words('Quiet lanes.'), new Date(), photo)
    const [first] = await reflectionsToModerate(database, eventId)
    expect(first).toMatchObject({ text: 'Quiet lanes.', status: 'pending', writtenBy: 'Lin', firstName: null, photo: { width: 4, height: 3 } })
    expect(await publishedReflections(database, { event: eventId })).toEqual([])

    expect(await decideReflection(database, eventId, first!.id, 'approved', new Date())).toBe(true)
    expect((await publishedReflections(database, { stop: 'rewi-alley-residence' })).map(r => r.id)).toContain(first!.id)
    // Written again: the same reflection, its photo kept, waiting again.
    await saveReflection(database, lin!, words('Quiet lanes, and tea.', 'Lin'), new Date())
    const again = await reflectionsToModerate(database, eventId)
    expect(again).toHaveLength(1)
    expect(again[0]).toMatchObject({ id: first!.id, text: 'Quiet lanes, and tea.', status: 'pending', firstName: 'Lin', photo: { width: 4 } })
    expect(await publishedReflections(database, { event: eventId })).toEqual([])
    // Asked to, the photo goes.
    await saveReflection(database, lin!, { ...words('Quiet lanes, and tea.'), removePhoto: true }, new Date())
    expect(await reflectionPhoto(database, { id: first!.id })).toBeNull()
  })

  it('lets an organiser decide only on reflections of that walk', async () => {
    const one = await walkWithWriters(['Ana'])
    const other = await walkWithWriters(['Bo'])
    await saveReflection(database, one.signups[0]!, words('Ana writes.'), new Date())
    const [reflection] = await reflectionsToModerate(database, one.eventId)
    expect(await decideReflection(database, other.eventId, reflection!.id, 'approved', new Date())).toBe(false)
    expect((await reflectionsToModerate(database, one.eventId))[0]!.status).toBe('pending')
  })

  it('goes with the student\'s data when they delete it, published or not', async () => {
    const { eventId, signups: [kim] } = await walkWithWriters(['Kim'])
    await saveReflection(database, kim!, words('Kim writes.'), new Date(), photo)
    const [reflection] = await reflectionsToModerate(database, eventId)
    await decideReflection(database, eventId, reflection!.id, 'approved', new Date())
    await deleteOwnData(database, kim!.token)
    expect(await reflectionsToModerate(database, eventId)).toEqual([])
    expect(await publishedReflections(database, { event: eventId })).toEqual([])
  })

  it('after the retention period: a published reflection stays, without name or link; the others are deleted', async () => {
    const longAgo = new Date(Date.now() - 40 * DAY)
    const { eventId, signups: [mia, noor] } = await walkWithWriters(['Mia', 'Noor'], longAgo)
    await saveReflection(database, mia!, words('Mia writes.', 'Mia'), longAgo, photo)
    await saveReflection(database, noor!, words('Noor writes.', 'Noor'), longAgo)
    const listed = await reflectionsToModerate(database, eventId)
    await decideReflection(database, eventId, listed.find(r => r.text === 'Mia writes.')!.id, 'approved', longAgo)

    await deleteExpiredPersonalData(database, new Date(), 30)
    const left = await reflectionsToModerate(database, eventId)
    expect(left).toHaveLength(1)
    expect(left[0]).toMatchObject({ text: 'Mia writes.', status: 'approved', firstName: null, writtenBy: null, photo: { width: 4 } })
    const [row] = await database.db.select().from(database.tables.reflections).where(eq(database.tables.reflections.eventId, eventId))
    expect(row!.signupId).toBeNull()
    expect((await publishedReflections(database, { event: eventId }))[0]).toMatchObject({ text: 'Mia writes.', firstName: null })
  })
})
