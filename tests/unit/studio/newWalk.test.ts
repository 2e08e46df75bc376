import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { checkContent, formatProblem } from '../../../scripts/lib/contentCheck'
import { walkFactsSchema } from '../../../shared/schemas/content'
import type { NewWalk } from '../../../shared/schemas/newWalk'
import { addUser } from '../../../server/db/userStore'
import { approveSubmission } from '../../../server/studio/approveSubmission'
import { editorSnapshot } from '../../../server/studio/editorSnapshot'
import { checkSubmission } from '../../../server/studio/submissionCheck'
import { markSubmitted, proposeNewText, saveDraft } from '../../../server/studio/submissionStore'
import { openTestDatabase } from '../db/testDatabases'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const STATION = { nameZh: '江苏路站', lines: ['2', '11'], position: { lat: 31.2223, lng: 121.4260, accuracyM: 150 } }
const WALK: NewWalk = { slug: 'two-homes', stops: ['rewi-alley-residence', 'qian-xuesen-residence'], start: STATION, end: STATION, notes: ['residentialLanes'] }

describe('a walk proposed from the studio', () => {
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

  it('is written in the editor, reviewed and published as a facts file after the other walks and its English text', async () => {
    const proposal = await proposeNewText(database, volunteerId, { kind: 'walk', facts: WALK })
    const target = { kind: 'walk' as const, slug: WALK.slug, locale: 'en' }
    expect(editorSnapshot(workspace, target, null, { walk: WALK })).toMatchObject({ kind: 'walk', published: null })
    expect(checkSubmission(workspace, proposal).map(issue => issue.field)).toContain('body')
    const written = await saveDraft(database, volunteerId, {
      ...target,
      fields: { title: 'Two homes', summary: 'Rewi Alley\'s and Qian Xuesen\'s homes, in a short test walk.', startLabel: 'Jiangsu Road station', endLabel: 'Jiangsu Road station' },
      body: 'A paragraph about a short walk, written for the test.\n',
      position: null,
    }, null)
    expect(checkSubmission(workspace, written)).toEqual([])
    await markSubmitted(database, written.id, volunteerId, written.revision)
    await approveSubmission(database, workspace, written.id, written.revision, organiser)

    expect(workspace.git('show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual([`A\tcontent/walks/${WALK.slug}.yml`, `A\tcontent/walks/en/${WALK.slug}.md`].sort())
    const facts = walkFactsSchema.parse(parseYaml(readFileSync(join(workspace.root, `content/walks/${WALK.slug}.yml`), 'utf8')))
    expect(facts).toMatchObject({ order: 3, stops: WALK.stops, start: STATION, end: STATION, practical: { notes: ['residentialLanes'] } })
    const problems = (await checkContent(workspace.root)).filter(problem => problem.file.includes(WALK.slug))
    expect(problems.map(formatProblem)).toEqual([])
  })

  it('cannot take the name of a walk that exists, name a stop that does not, or start outside Shanghai', async () => {
    const draft = await proposeNewText(database, organiser.id, { kind: 'walk', facts: { ...WALK, slug: 'another-walk', stops: ['rewi-alley-residence', 'no-such-stop'], end: { ...STATION, position: { lat: 39.9, lng: 116.4, accuracyM: 150 } } } })
    expect(checkSubmission(workspace, draft).filter(issue => issue.field.startsWith('newWalk'))).toEqual([
      { field: 'newWalk.stops', code: 'unknownStop', subject: 'no-such-stop' },
      { field: 'newWalk.end', code: 'outsideShanghai' },
    ])
    const clash = { ...draft, slug: 'suzhou-creek', newWalk: { ...WALK, slug: 'suzhou-creek' } }
    expect(checkSubmission(workspace, clash).filter(issue => issue.field.startsWith('newWalk'))).toEqual([{ field: 'newWalk.slug', code: 'slugTaken', subject: 'suzhou-creek' }])
  })
})
