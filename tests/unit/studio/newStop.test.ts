import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { checkContent, formatProblem } from '../../../scripts/lib/contentCheck'
import { stopFactsSchema, walkFactsSchema } from '../../../shared/schemas/content'
import type { NewStop } from '../../../shared/schemas/newStop'
import { addUser } from '../../../server/db/userStore'
import { approveSubmission } from '../../../server/studio/approveSubmission'
import { editorSnapshot } from '../../../server/studio/editorSnapshot'
import { withStopOnWalk } from '../../../server/studio/newStopFiles'
import { checkSubmission } from '../../../server/studio/submissionCheck'
import { markSubmitted, proposeNewText, saveDraft } from '../../../server/studio/submissionStore'
import { openTestDatabase } from '../db/testDatabases'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const STOP: NewStop = {
  slug: 'yuyuan-road-bookshop',
  nameZh: '愚园路书店',
  addressZh: '上海市长宁区愚园路',
  position: { lat: 31.2221, lng: 121.4231, accuracyM: 30 },
  visiting: 'unconfirmed',
  source: { title: 'A test source for a proposed stop', publisher: 'Test Publisher', date: '2024' },
  walk: 'yuyuan-road',
  after: 'wang-boqun-residence',
}

describe('a stop proposed from the studio', () => {
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

  it('goes on its walk after the stop named, and the route drawn across that leg is dropped', () => {
    const walk = readFileSync(join(workspace.root, 'content/walks/suzhou-creek.yml'), 'utf8')
    const before = walkFactsSchema.parse(parseYaml(walk))
    const after = walkFactsSchema.parse(parseYaml(withStopOnWalk(walk, 'new-stop', before.stops[0]!)))
    expect(after.stops).toEqual([before.stops[0], 'new-stop', ...before.stops.slice(1)])
    expect(Object.keys(after.path ?? {})).not.toContain(before.stops[0])
    expect(walkFactsSchema.parse(parseYaml(withStopOnWalk(walk, 'new-stop', null))).stops[0]).toBe('new-stop')
  })

  it('opens in the editor with its facts, is written, reviewed and published as three files that pass content:check', async () => {
    const proposal = await proposeNewText(database, volunteerId, { kind: 'stop', facts: STOP })
    expect(proposal).toMatchObject({ status: 'draft', slug: STOP.slug, locale: 'en', newStop: STOP })
    const target = { kind: 'stop' as const, slug: STOP.slug, locale: 'en' }
    const snapshot = editorSnapshot(workspace, target, null, { stop: STOP })!
    expect(snapshot.position).toEqual(STOP.position)
    expect(snapshot.published).toBeNull()
    // An empty text is not ready for review.
    expect(checkSubmission(workspace, proposal).map(issue => issue.field)).toContain('body')

    const written = await saveDraft(database, volunteerId, {
      ...target,
      fields: { title: 'The Yuyuan Road bookshop', summary: 'A small bookshop on Yuyuan Road, proposed as a test stop.', address: 'Yuyuan Road, Changning District', accessNotes: 'Opening hours not confirmed.', questions: '' },
      body: 'A paragraph about the bookshop, written for the test.\n',
      position: null,
    }, null)
    expect(written.newStop).toEqual(STOP)
    expect(checkSubmission(workspace, written)).toEqual([])
    await markSubmitted(database, written.id, volunteerId, written.revision)
    await approveSubmission(database, workspace, written.id, written.revision, organiser)

    expect(workspace.git('show', '--name-status', '--format=', 'HEAD').split('\n').sort()).toEqual([
      `A\tcontent/stops/${STOP.slug}.yml`, `A\tcontent/stops/en/${STOP.slug}.md`, 'M\tcontent/walks/yuyuan-road.yml',
    ].sort())
    const facts = stopFactsSchema.parse(parseYaml(readFileSync(join(workspace.root, `content/stops/${STOP.slug}.yml`), 'utf8')))
    expect(facts).toMatchObject({ nameZh: STOP.nameZh, position: STOP.position, accessCheckOnSite: true, practical: { visiting: { status: 'unconfirmed' } }, sources: [STOP.source] })
    const walk = walkFactsSchema.parse(parseYaml(readFileSync(join(workspace.root, 'content/walks/yuyuan-road.yml'), 'utf8')))
    expect(walk.stops.indexOf(STOP.slug)).toBe(walk.stops.indexOf('wang-boqun-residence') + 1)
    // This checkout holds no audio: only the new stop's files and the walk are in question here.
    const problems = (await checkContent(workspace.root)).filter(problem => problem.file.includes(STOP.slug) || problem.file.startsWith('content/walks/'))
    expect(problems.map(formatProblem)).toEqual([])
  })

  it('cannot take the name of a stop that exists, nor go on a walk that does not', async () => {
    const taken = { ...STOP, slug: 'qian-xuesen-residence' }
    const draft = await proposeNewText(database, organiser.id, { kind: 'stop', facts: { ...STOP, slug: 'another-proposed-stop', walk: 'no-such-walk' } })
    expect(checkSubmission(workspace, draft).filter(issue => issue.field.startsWith('newStop'))).toEqual([{ field: 'newStop.walk', code: 'unknownWalk' }])
    const clash = { ...draft, slug: taken.slug, newStop: taken }
    expect(checkSubmission(workspace, clash).filter(issue => issue.field.startsWith('newStop'))).toEqual([{ field: 'newStop.slug', code: 'slugTaken', subject: 'qian-xuesen-residence' }])
  })
})
