import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addUser } from '../../../server/db/userStore'
import { claimForPublishing, findOpenSubmission, listByAuthor, listSubmitted, markReturned, markSubmitted, releaseClaim, saveDraft, SubmissionRefused } from '../../../server/studio/submissionStore'
import { openTestDatabase, OPEN_TIMEOUT_MS, STORE_ENGINES } from './testDatabases'

const text = { kind: 'stop' as const, slug: 'yu-lane-garden', locale: 'ru' }
const draft = (body: string) => ({ ...text, fields: { title: 'Переулок Юйсян' }, body, position: null })

describe.each(STORE_ENGINES)('studio submissions on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let volunteerId = ''
  let organiserId = ''
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    volunteerId = await addUser(database, { email: 'vera@example.edu', name: 'Vera', role: 'volunteer', password: 'volunteer password' })
    organiserId = await addUser(database, { email: 'olga@example.org', name: 'Olga', role: 'organiser', password: 'organiser password' })
  }, OPEN_TIMEOUT_MS)
  afterAll(() => database.dispose())

  it('keeps one open draft per person, text and language, a new revision at each save', async () => {
    const first = await saveDraft(database, volunteerId, draft('Первый вариант.'), 'aaaaaaaaaaaa')
    const second = await saveDraft(database, volunteerId, { ...draft('Второй вариант.'), position: { lat: 31.2241, lng: 121.4321, accuracyM: 9 } }, 'bbbbbbbbbbbb')
    expect(second).toMatchObject({ id: first.id, revision: first.revision + 1, body: 'Второй вариант.', status: 'draft', position: { lat: 31.2241, lng: 121.4321, accuracyM: 9 } })
    // The version the draft began from stays the one it was first saved against.
    expect(second.baseHash).toBe('aaaaaaaaaaaa')
    const other = await saveDraft(database, organiserId, draft('Другой автор.'), null)
    expect(other.id).not.toBe(first.id)
    expect((await findOpenSubmission(database, volunteerId, text))?.id).toBe(first.id)
  })

  it('goes from submitted to returned with a comment, and back to review', async () => {
    const open = (await findOpenSubmission(database, volunteerId, text))!
    await expect(markSubmitted(database, open.id, volunteerId, open.revision - 1)).rejects.toBeInstanceOf(SubmissionRefused)
    await expect(markSubmitted(database, open.id, organiserId, open.revision)).rejects.toBeInstanceOf(SubmissionRefused)
    const submitted = await markSubmitted(database, open.id, volunteerId, open.revision)
    expect(submitted.status).toBe('submitted')
    expect((await listSubmitted(database)).map(row => row.id)).toContain(open.id)

    const returned = await markReturned(database, open.id, organiserId, 'Проверьте адрес, пожалуйста.')
    expect(returned).toMatchObject({ status: 'returned', reviewComment: 'Проверьте адрес, пожалуйста.', reviewerId: organiserId })
    await expect(markReturned(database, open.id, organiserId, 'again')).rejects.toBeInstanceOf(SubmissionRefused)
    // Editing keeps it marked as sent back (with the comment) until it is submitted again.
    const edited = await saveDraft(database, volunteerId, draft('Исправлено.'), null)
    expect(edited).toMatchObject({ status: 'returned', reviewComment: 'Проверьте адрес, пожалуйста.' })
    expect((await markSubmitted(database, edited.id, volunteerId, edited.revision)).status).toBe('submitted')
  })

  it('claims only the reviewed revision for publishing; an edit meanwhile starts a new draft', async () => {
    const open = (await findOpenSubmission(database, volunteerId, text))!
    await expect(claimForPublishing(database, open.id, organiserId, open.revision + 1)).rejects.toBeInstanceOf(SubmissionRefused)
    const claimed = await claimForPublishing(database, open.id, organiserId, open.revision)
    expect(claimed.status).toBe('published')
    await expect(claimForPublishing(database, open.id, organiserId, open.revision)).rejects.toBeInstanceOf(SubmissionRefused)

    await releaseClaim(database, open.id)
    expect((await findOpenSubmission(database, volunteerId, text))?.status).toBe('submitted')
    await claimForPublishing(database, open.id, organiserId, open.revision)
    expect(await findOpenSubmission(database, volunteerId, text)).toBeNull()
    const next = await saveDraft(database, volunteerId, draft('Новая правка.'), null)
    expect(next.id).not.toBe(open.id)
    expect((await listByAuthor(database, volunteerId)).map(row => row.status).sort()).toEqual(['draft', 'published'])
  })
})
