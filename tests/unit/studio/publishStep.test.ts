import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqlite, type Database } from '../../../server/db/connect'
import { loadMigrations } from '../../../server/db/migrate'
import { addUser } from '../../../server/db/userStore'
import { approveSubmission } from '../../../server/studio/approveSubmission'
import { publishedHash } from '../../../server/studio/editorSnapshot'
import { findSubmission, markSubmitted, saveDraft } from '../../../server/studio/submissionStore'
import { parseTextFile } from '../../../server/studio/textFile'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const MIGRATIONS = join(import.meta.dirname, '..', '..', '..', 'server', 'db', 'migrations', 'sqlite')
const SLUG = 'qian-xuesen-residence'

// The default publish command restarts the server that started it: the end of a publish is recorded
// by the publish step itself, in the database, never by the server waiting for it.
describe.each([['exit 0', 'done'], ['exit 3', 'failed']])('a publish command that ends with %s', (command, end) => {
  const dir = mkdtempSync(join(tmpdir(), 'citywalk-publish-step-'))
  const file = join(dir, 'studio.sqlite')
  const workspace = makeStudioWorkspace({ publishCommand: `sleep 0.3; ${command}` })
  let database: Database
  const savedFile = process.env.CITYWALK_DATABASE_FILE
  beforeAll(async () => {
    process.env.CITYWALK_DATABASE_FILE = file
    database = openSqlite(file)
    await database.migrate(await loadMigrations(async path => readFileSync(join(MIGRATIONS, path), 'utf8')))
  })
  afterAll(async () => {
    process.env.CITYWALK_DATABASE_FILE = savedFile
    await database.close()
    workspace.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`is "running" once committed, then "${end}", recorded by the step`, async () => {
    const organiser = { id: await addUser(database, { email: 'o@example.org', name: 'Olga', role: 'organiser', password: 'organiser password' }), name: 'Olga', email: 'o@example.org' }
    const volunteerId = await addUser(database, { email: 'v@example.edu', name: 'Vera', role: 'volunteer', password: 'volunteer password' })
    const target = { kind: 'stop' as const, slug: SLUG, locale: 'fr' }
    const published = parseTextFile(readFileSync(join(workspace.root, `content/stops/fr/${SLUG}.md`), 'utf8'), 'fr')
    const draft = await saveDraft(database, volunteerId, { ...target, fields: published.fields, body: `${published.body}\nUn paragraphe de plus.`, position: null }, publishedHash(workspace, target))
    await markSubmitted(database, draft.id, volunteerId, draft.revision)
    const result = await approveSubmission(database, workspace, draft.id, draft.revision, organiser)
    expect(result.publishState).toBe('running')
    await expect.poll(async () => (await findSubmission(database, draft.id))?.publishState, { timeout: 15_000, interval: 100 }).toBe(end)
  })
})
