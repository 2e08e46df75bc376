import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addUser } from '../../../server/db/userStore'
import { approveSubmission, ApprovalRefused } from '../../../server/studio/approveSubmission'
import { publishedHash } from '../../../server/studio/editorSnapshot'
import { publishingIssues } from '../../../server/studio/publishingIssues'
import { findSubmission, markSubmitted, proposeRevert, saveDraft, SubmissionRefused } from '../../../server/studio/submissionStore'
import { parseTextFile } from '../../../server/studio/textFile'
import { openTestDatabase } from '../db/testDatabases'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const SLUG = 'wang-boqun-residence'
const FR_FILE = `content/stops/fr/${SLUG}.md`

describe('undoing a published change', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  const workspace = makeStudioWorkspace()
  const organiser = { id: '', name: 'Olga Organiser', email: 'organiser@example.org' }
  let volunteerId = ''
  beforeAll(async () => {
    database = await openTestDatabase('sqlite')
    organiser.id = await addUser(database, { email: organiser.email, name: organiser.name, role: 'organiser', password: 'organiser password' })
    volunteerId = await addUser(database, { email: 'vera@example.edu', name: 'Vera Volunteer', role: 'volunteer', password: 'volunteer password' })
  }, 60_000)
  afterAll(async () => {
    await database.dispose()
    workspace.dispose()
  })

  /** The volunteer adds a paragraph to the French text, and an organiser publishes it. */
  async function publishParagraph(paragraph: string) {
    const target = { kind: 'stop' as const, slug: SLUG, locale: 'fr' }
    const published = parseTextFile(readFileSync(join(workspace.root, FR_FILE), 'utf8'), 'fr')
    const draft = await saveDraft(database, volunteerId, { ...target, fields: published.fields, body: `${published.body}\n${paragraph}`, position: null }, publishedHash(workspace, target))
    await markSubmitted(database, draft.id, volunteerId, draft.revision)
    await approveSubmission(database, workspace, draft.id, draft.revision, organiser)
    return draft.id
  }

  const fileNow = () => readFileSync(join(workspace.root, FR_FILE), 'utf8')

  it('is a proposal reviewed like any change; approved, it reverts the commit with the organiser as author', async () => {
    const original = fileNow()
    const changed = await publishParagraph('Un paragraphe ajouté par une bénévole.')
    const sha = (await findSubmission(database, changed))!.commitSha!

    const proposal = await proposeRevert(database, changed, organiser.id)
    expect(proposal).toMatchObject({ status: 'submitted', revertOf: changed, authorId: organiser.id })
    // Asked twice, the waiting proposal is the answer.
    expect((await proposeRevert(database, changed, organiser.id)).id).toBe(proposal.id)
    // It is the commit it reverts, not a text to edit.
    await expect(saveDraft(database, organiser.id, { kind: 'stop', slug: SLUG, locale: 'fr', fields: {}, body: 'x', position: null }, null)).rejects.toThrow(SubmissionRefused)
    expect(await publishingIssues(database, workspace, proposal)).toEqual([])

    await approveSubmission(database, workspace, proposal.id, proposal.revision, organiser)
    expect(fileNow()).toBe(original)
    expect(workspace.git('log', '-1', '--format=%an|%s')).toBe(`${organiser.name}|Studio: undo the change to the French stop ${SLUG}`)
    expect(workspace.git('log', '-1', '--format=%b')).toContain(`This reverts commit ${sha}.`)
    expect(workspace.git('status', '--porcelain')).toBe('')
    // Undone, there is nothing more to undo.
    await expect(proposeRevert(database, changed, organiser.id)).rejects.toThrow(SubmissionRefused)
  })

  it('is refused when a later change touched the same file, so that nothing published since is lost', async () => {
    const first = await publishParagraph('Premier ajout.')
    await publishParagraph('Second ajout.')
    const before = fileNow()
    const proposal = await proposeRevert(database, first, organiser.id)
    expect(await publishingIssues(database, workspace, proposal)).toEqual([{ field: 'revert', code: 'revertConflict', subject: FR_FILE }])
    const refusal = await approveSubmission(database, workspace, proposal.id, proposal.revision, organiser).catch(error => error)
    expect(refusal).toBeInstanceOf(ApprovalRefused)
    expect(fileNow()).toBe(before)
    expect((await findSubmission(database, proposal.id))!.status).toBe('submitted')
  })

  it('only undoes what was published', async () => {
    const target = { kind: 'stop' as const, slug: 'yu-lane-garden', locale: 'fr' }
    const draft = await saveDraft(database, volunteerId, { ...target, fields: {}, body: 'brouillon', position: null }, null)
    await expect(proposeRevert(database, draft.id, organiser.id)).rejects.toThrow(SubmissionRefused)
  })
})
