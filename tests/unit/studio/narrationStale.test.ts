import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { planTextFiles } from '../../../server/studio/plannedFiles'
import { parseTextFile } from '../../../server/studio/textFile'
import { buildTranslationStatus } from '../../../server/utils/translationStatus'
import { narrationFor } from '../../../server/utils/walkView'
import { readWorkspaceContent } from '../../../server/studio/workspaceContent'
import { writePlannedFiles } from '../../../server/studio/writeFiles'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const SLUG = 'rewi-alley-residence'
const NARRATION = `content/narration/en/${SLUG}.yml`

describe('a computer-made narration whose text an approval changes', () => {
  const workspace = makeStudioWorkspace()
  afterAll(() => workspace.dispose())
  const published = parseTextFile(readFileSync(join(workspace.root, `content/stops/en/${SLUG}.md`), 'utf8'), 'en')
  const plan = (edit: { fields?: Record<string, string>, body?: string, audioFile?: string }) => planTextFiles(workspace, {
    kind: 'stop', slug: SLUG, locale: 'en', position: null, fields: { ...published.fields, ...edit.fields }, body: edit.body ?? published.body, audioFile: edit.audioFile ?? null,
  })

  it('is marked stale when what it reads aloud changes (the body or the title)', () => {
    for (const edit of [{ body: `${published.body}\nA new closing sentence.\n` }, { fields: { title: 'Rewi Alley\'s Shanghai home' } }]) {
      const narration = plan(edit).find(file => file.path === NARRATION)
      expect(narration, JSON.stringify(edit)).toBeDefined()
      const after = parseYaml(narration!.after!.toString('utf8')) as { stale?: boolean, kind: string, textHash: string }
      const before = parseYaml(narration!.before!.toString('utf8')) as { textHash: string }
      expect(after).toMatchObject({ stale: true, kind: 'synthesised', textHash: before.textHash })
    }
  })

  it('is left alone when only what is not read aloud changes, or the submission brings its own recording', () => {
    expect(plan({ fields: { summary: 'A shorter summary of the house, for the list of stops.' } }).map(file => file.path)).not.toContain(NARRATION)
    expect(plan({ body: `${published.body}\nMore.\n`, audioFile: 'recording.wav' }).map(file => file.path)).not.toContain(NARRATION)
  })

  it('shows on the status page as being updated, once the approval has written it', () => {
    writePlannedFiles(workspace.root, plan({ body: `${published.body}\nA new closing sentence.\n` }))
    const status = buildTranslationStatus(readWorkspaceContent(workspace))
    expect(status.stops.find(row => row.slug === SLUG)!.cells.en.narration).toBe('outdated')
    expect(status.counts.en.outdated).toBe(1)
  })
})

describe('the narration a stop page is given', () => {
  const track = { kind: 'synthesised' as const, durationS: 120, cues: [0, 4], sources: [{ src: '/narration/en/x.opus', type: 'audio/ogg', bytes: 100 }] }
  const contentWith = (narration: object) => ({ narrations: new Map([['x', new Map([['en', narration]])]]) }) as unknown as Parameters<typeof narrationFor>[0]

  it('says it is outdated when the studio marked it stale, so the player can say so', () => {
    expect(narrationFor(contentWith({ ...track, stale: true }), 'x', 'en')).toEqual({ ...track, outdated: true })
    expect(narrationFor(contentWith(track), 'x', 'en')).toEqual({ ...track, outdated: false })
  })
})
