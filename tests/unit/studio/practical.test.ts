import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { SITE_VISIT_SOURCE, stopFactsSchema, type PracticalEdit } from '../../../shared/schemas/content'
import { checkPractical } from '../../../server/studio/practicalCheck'
import { withPractical } from '../../../server/studio/practicalFile'
import { planTextFiles } from '../../../server/studio/plannedFiles'
import { parseTextFile } from '../../../server/studio/textFile'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const STOPS = join(import.meta.dirname, '..', '..', '..', 'content', 'stops')
const factsFiles = readdirSync(STOPS).filter(name => name.endsWith('.yml'))
const factsOf = (name: string) => readFileSync(join(STOPS, name), 'utf8')
const HENGCHANGLI = 'hengchangli-bolshevik-office'

describe('writing a stop\'s practical facts from the studio', () => {
  it('leaves every published facts file byte for byte when its practical block is given back unchanged', () => {
    expect(factsFiles.length).toBeGreaterThanOrEqual(9)
    for (const name of factsFiles) {
      const facts = factsOf(name)
      expect(withPractical(facts, stopFactsSchema.parse(parseYaml(facts)).practical), name).toBe(facts)
    }
  })

  it('adds the volunteer\'s visit to the sources, cites it, and keeps the rest of the file', () => {
    const facts = factsOf(`${HENGCHANGLI}.yml`)
    const before = stopFactsSchema.parse(parseYaml(facts))
    const edit: PracticalEdit = {
      visiting: { status: 'open', asOf: '2026-12-05', source: 'visit' },
      hours: { periods: [{ days: [2, 3, 4, 5, 6, 7], opens: '09:00', closes: '16:30' }], asOf: '2026-12-05', source: 'visit' },
      admission: { free: true, asOf: '2019', source: 6 },
    }
    const written = withPractical(facts, edit)
    const after = stopFactsSchema.parse(parseYaml(written))
    expect(after.sources).toEqual([...before.sources, { ...SITE_VISIT_SOURCE, date: '2026-12-05' }])
    const visit = before.sources.length
    expect(after.practical).toEqual({ ...edit, visiting: { ...edit.visiting, source: visit }, hours: { ...edit.hours, source: visit } })
    // Laid out as the hand-written files are, clock times quoted (a YAML 1.1 reader takes 09:00 for 540).
    expect(written).toContain('  visiting: { status: open, asOf: "2026-12-05", source: 9 }')
    expect(written).toContain('      - { days: [ 2, 3, 4, 5, 6, 7 ], opens: "09:00", closes: "16:30" }')
    expect(written.split('\n').slice(0, 4)).toEqual(facts.split('\n').slice(0, 4))
    expect(written).toContain('  - { title: Checked on site by a Citywalk volunteer, publisher: Citywalk volunteers, date: "2026-12-05" }')
  })

  it('drops what the volunteer took away: no hours known, admission not known', () => {
    const facts = factsOf(`${HENGCHANGLI}.yml`)
    const after = stopFactsSchema.parse(parseYaml(withPractical(facts, { visiting: { status: 'unconfirmed' } })))
    expect(after.practical).toEqual({ visiting: { status: 'unconfirmed' } })
  })
})

describe('checking a stop\'s practical facts before they are published', () => {
  const workspace = makeStudioWorkspace()
  afterAll(() => workspace.dispose())
  const TODAY = '2026-12-07'
  const check = (practical: PracticalEdit) => checkPractical(workspace, HENGCHANGLI, practical, TODAY)

  it('accepts a visit of today and a source the stop lists', () => {
    expect(check({ visiting: { status: 'open', asOf: TODAY, source: 'visit' }, admission: { free: true, asOf: '2019', source: 6 } })).toEqual([])
  })

  it.each([
    ['a visit without its day', { visiting: { status: 'open', source: 'visit' } }, [{ field: 'practical', code: 'visitDate' }]],
    ['a visit dated only by its year', { visiting: { status: 'open', asOf: '2026', source: 'visit' } }, [{ field: 'practical', code: 'visitDate' }]],
    ['a day that does not exist', { visiting: { status: 'open', asOf: '2026-02-31', source: 'visit' } }, [{ field: 'practical', code: 'visitDate' }]],
    ['a month that does not exist', { visiting: { status: 'open', asOf: '2026-13-45', source: 'visit' } }, [{ field: 'practical', code: 'visitDate' }]],
    ['a date yet to come', { visiting: { status: 'open', asOf: '2027-01', source: 2 } }, [{ field: 'practical', code: 'futureDate', subject: '2027-01' }]],
    ['a period that closes before it opens', { visiting: { status: 'open' }, hours: { periods: [{ opens: '16:00', closes: '09:00' }] } }, [{ field: 'practical', code: 'closesBeforeOpening', subject: '16:00–09:00' }]],
    ['a source the stop does not list', { visiting: { status: 'open', source: 42 } }, [{ field: 'practical', code: 'unknownSource' }]],
  ] as [string, PracticalEdit, unknown][])('refuses %s', (_, practical, issues) => {
    expect(check(practical)).toEqual(issues)
  })

  it('leaves a translation that needs an update as it is when only the facts change', () => {
    const path = `content/stops/ko/${HENGCHANGLI}.md`
    const stale = readFileSync(join(workspace.root, path), 'utf8').replace(/hash: "?[0-9a-f]{12}"?/, 'hash: "000000000000"')
    writeFileSync(join(workspace.root, path), stale)
    const text = parseTextFile(stale, 'ko')
    const files = planTextFiles(workspace, { kind: 'stop', slug: HENGCHANGLI, locale: 'ko', fields: text.fields, body: text.body, position: null, practical: { visiting: { status: 'open', asOf: TODAY, source: 'visit' } } })
    expect(files.find(file => file.path === path)!.after!.toString('utf8')).toBe(stale)
    // Once the text itself is edited, it is a translation of the source as it is now.
    const edited = planTextFiles(workspace, { kind: 'stop', slug: HENGCHANGLI, locale: 'ko', fields: text.fields, body: `${text.body}\n추가.`, position: null, practical: null })
    expect(edited.find(file => file.path === path)!.after!.toString('utf8')).not.toContain('000000000000')
  })

  it('plans one facts file with both a new position and new practical facts', () => {
    const published = parseTextFile(readFileSync(join(workspace.root, `content/stops/en/${HENGCHANGLI}.md`), 'utf8'), 'en')
    const files = planTextFiles(workspace, {
      kind: 'stop', slug: HENGCHANGLI, locale: 'en', fields: published.fields, body: published.body,
      position: { lat: 31.2201, lng: 121.4301, accuracyM: 9 }, practical: { visiting: { status: 'open', asOf: TODAY, source: 'visit' } },
    })
    const facts = files.find(file => file.path.endsWith(`${HENGCHANGLI}.yml`))!
    const after = stopFactsSchema.parse(parseYaml(facts.after!.toString('utf8')))
    expect(after.position).toEqual({ lat: 31.2201, lng: 121.4301, accuracyM: 9 })
    expect(after.practical.visiting).toEqual({ status: 'open', asOf: TODAY, source: after.sources.length - 1 })
  })
})
