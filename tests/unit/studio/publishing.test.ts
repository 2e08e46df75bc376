import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { checkContent, formatProblem } from '../../../scripts/lib/contentCheck'
import { sourceHash } from '../../../scripts/lib/sourceHash'
import { addUser } from '../../../server/db/userStore'
import { approveSubmission, ApprovalRefused } from '../../../server/studio/approveSubmission'
import { checkRecording } from '../../../server/studio/audioUpload'
import { publishedHash } from '../../../server/studio/editorSnapshot'
import { checkSubmission } from '../../../server/studio/submissionCheck'
import { parseTextFile } from '../../../server/studio/textFile'
import { attachAudio, findSubmission, markSubmitted, saveDraft } from '../../../server/studio/submissionStore'
import { readWorkspaceContent } from '../../../server/studio/workspaceContent'
import { buildTranslationStatus } from '../../../server/utils/translationStatus'
import { openTestDatabase } from '../db/testDatabases'
import { makeStudioWorkspace } from '../../support/studioWorkspace'
import { toneWav } from '../../support/toneWav'

const SLUG = 'qian-xuesen-residence'
const RU_FILE = `content/stops/ru/${SLUG}.md`

describe('approving a volunteer submission', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  const workspace = makeStudioWorkspace({ narrationLocales: ['ru'] })
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

  async function submitted(edit: (text: ReturnType<typeof parseTextFile>) => { fields: Record<string, string>, body: string }, extra: { position?: { lat: number, lng: number, accuracyM: number } } = {}) {
    const published = parseTextFile(readFileSync(join(workspace.root, RU_FILE), 'utf8'), 'ru')
    const target = { kind: 'stop' as const, slug: SLUG, locale: 'ru' }
    const row = await saveDraft(database, volunteerId, { ...target, ...edit(published), position: extra.position ?? null }, publishedHash(workspace, target))
    return row
  }

  it('writes the text, position and narration, commits them as the volunteer, and leaves the content valid', async () => {
    const draft = await submitted(text => ({ fields: { ...text.fields, title: 'Дом Цянь Сюэсэня в Цишаньцуне' }, body: `${text.body}\nНовый абзац от волонтёра.` }), { position: { lat: 31.22331, lng: 121.42507, accuracyM: 12 } })
    const recording = toneWav(2.5)
    const row = await attachAudio(database, draft.id, volunteerId, { recording, type: 'audio/wav', ...checkRecording(recording) })
    await markSubmitted(database, draft.id, volunteerId, row.revision)

    const result = await approveSubmission(database, workspace, draft.id, row.revision, organiser)
    expect(result.publishState).toBe('skipped')
    expect(workspace.git('log', '-1', '--format=%an <%ae>|%cn <%ce>|%s')).toBe('Vera Volunteer <vera@example.edu>|Olga Organiser <organiser@example.org>|Studio: Russian stop qian-xuesen-residence, recorded narration')
    expect(workspace.git('rev-parse', 'HEAD')).toBe(result.sha)
    expect(workspace.git('status', '--porcelain')).toBe('')
    expect(workspace.git('show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual([
      `M\tcontent/narration/ru/${SLUG}.yml`, `M\tcontent/stops/${SLUG}.yml`, `M\t${RU_FILE}`,
      `M\tpublic/narration/ru/${SLUG}.mp3`, `M\tpublic/narration/ru/${SLUG}.opus`,
    ])

    const ru = readFileSync(join(workspace.root, RU_FILE), 'utf8')
    expect(ru).toContain('title: "Дом Цянь Сюэсэня в Цишаньцуне"')
    expect(ru).toContain('Новый абзац от волонтёра.')
    expect(ru).toContain(`hash: "${sourceHash(readFileSync(join(workspace.root, `content/stops/en/${SLUG}.md`), 'utf8'))}"`)
    expect(readFileSync(join(workspace.root, `content/stops/${SLUG}.yml`), 'utf8')).toContain('position: { lat: 31.22331, lng: 121.42507, accuracyM: 12 }')
    const narration = parseYaml(readFileSync(join(workspace.root, `content/narration/ru/${SLUG}.yml`), 'utf8'))
    expect(narration).toMatchObject({ kind: 'recorded', cues: [0] })
    expect(narration.durationS).toBeCloseTo(2.5, 0)
    expect((await findSubmission(database, draft.id))).toMatchObject({ status: 'published', commitSha: result.sha, publishState: 'skipped' })

    const status = buildTranslationStatus(readWorkspaceContent(workspace))
    const cells = status.stops.find(row => row.slug === SLUG)!.cells
    expect(cells.ru).toEqual({ text: 'current', narration: 'recorded' })
    expect(cells.en).toEqual({ text: 'original', narration: 'synthesised' })
    // content:check reads the narration of the languages copied into this workspace only.
    const errors = (await checkContent(workspace.root)).filter(p => p.level === 'error' && !p.message.includes('does not exist'))
    expect(errors.map(formatProblem)).toEqual([])
  }, 60_000)

  it('refuses a submission with script in its text, links or front matter, and changes no file', async () => {
    const before = workspace.git('rev-parse', 'HEAD')
    const payloads: { fields: Record<string, string>, body: string }[] = [
      { fields: { title: '<img src=x onerror=alert(1)>' }, body: 'Текст.' },
      { fields: {}, body: 'Текст <script>alert(1)</script>' },
      { fields: {}, body: '[Нажми](javascript:alert(1))' },
      { fields: {}, body: '![x](data:image/svg+xml,<svg onload=alert(1)>)' },
      { fields: {}, body: ':script{src="https://evil.example"}' },
    ]
    for (const payload of payloads) {
      const draft = await submitted(text => ({ fields: { ...text.fields, ...payload.fields }, body: payload.body }))
      // Submitting checks first; this goes straight to approval, as a forged request would.
      await database.transaction(tx => tx.update(database.tables.submissions).set({ status: 'submitted' }).where(eqId(draft.id)))
      const refusal = await approveSubmission(database, workspace, draft.id, draft.revision, organiser).catch(error => error)
      expect(refusal, JSON.stringify(payload)).toBeInstanceOf(ApprovalRefused)
      expect((refusal as ApprovalRefused).issues.length).toBeGreaterThan(0)
      expect((await findSubmission(database, draft.id))?.status).toBe('submitted')
      await database.transaction(tx => tx.delete(database.tables.submissions).where(eqId(draft.id)))
    }
    expect(workspace.git('rev-parse', 'HEAD')).toBe(before)
    expect(workspace.git('status', '--porcelain')).toBe('')
  })

  it('refuses a submission that changes nothing, rather than commit whatever else the checkout holds', async () => {
    writeFileSync(join(workspace.root, 'stray-notes.txt'), 'not for the content commit')
    const draft = await submitted(text => ({ fields: text.fields, body: text.body }))
    expect(checkSubmission(workspace, draft)).toEqual([{ field: 'body', code: 'noChanges' }])
    await database.transaction(tx => tx.update(database.tables.submissions).set({ status: 'submitted' }).where(eqId(draft.id)))
    const before = workspace.git('rev-parse', 'HEAD')
    await expect(approveSubmission(database, workspace, draft.id, draft.revision, organiser)).rejects.toMatchObject({ reason: 'invalid' })
    expect(workspace.git('rev-parse', 'HEAD')).toBe(before)
    expect(workspace.git('status', '--porcelain')).toBe('?? stray-notes.txt')
    rmSync(join(workspace.root, 'stray-notes.txt'))
    await database.transaction(tx => tx.delete(database.tables.submissions).where(eqId(draft.id)))
  })

  it('puts every file back and keeps the submission for review when the commit fails', async () => {
    const draft = await submitted(text => ({ fields: text.fields, body: `${text.body}\nЕщё один абзац.` }))
    const submittedRow = await markSubmitted(database, draft.id, volunteerId, draft.revision)
    const published = readFileSync(join(workspace.root, RU_FILE), 'utf8')
    // A stale index.lock is what a crashed git leaves behind: the commit cannot run.
    const lock = join(workspace.root, '.git', 'index.lock')
    writeFileSync(lock, '')
    try {
      await expect(approveSubmission(database, workspace, draft.id, submittedRow.revision, organiser)).rejects.toMatchObject({ reason: 'publishFailed' })
    }
    finally {
      rmSync(lock)
    }
    expect(readFileSync(join(workspace.root, RU_FILE), 'utf8')).toBe(published)
    expect(workspace.git('status', '--porcelain')).toBe('')
    expect((await findSubmission(database, draft.id))?.status).toBe('submitted')
    expect(existsSync(join(workspace.root, `${RU_FILE}.studio-partial`))).toBe(false)
  })

  it('refuses to publish into a folder that is not a git checkout, writing nothing', async () => {
    const row = await findOpenRow()
    const published = readFileSync(join(workspace.root, RU_FILE), 'utf8')
    renameSync(join(workspace.root, '.git'), join(workspace.root, '.git-away'))
    try {
      await expect(approveSubmission(database, workspace, row.id, row.revision, organiser)).rejects.toMatchObject({ reason: 'notARepository' })
    }
    finally {
      renameSync(join(workspace.root, '.git-away'), join(workspace.root, '.git'))
    }
    expect(readFileSync(join(workspace.root, RU_FILE), 'utf8')).toBe(published)
    expect((await findSubmission(database, row.id))?.status).toBe('submitted')
  })

  it('approves only the revision the organiser reviewed', async () => {
    const row = await findOpenRow()
    await expect(approveSubmission(database, workspace, row.id, row.revision + 1, organiser)).rejects.toMatchObject({ reason: 'submissionChanged' })
  })

  async function findOpenRow() {
    const rows = await database.db.select().from(database.tables.submissions)
    return rows.find(r => r.status === 'submitted')!
  }
  const eqId = (id: string) => eq(database.tables.submissions.id, id)
})
