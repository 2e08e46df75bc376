import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sourceHash } from '../../../scripts/lib/sourceHash'
import { sourceChangesSince } from '../../../server/studio/sourceChanges'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const EN = 'content/stops/en/qian-xuesen-residence.md'

describe('what changed in a source since a translation was made from it', () => {
  const workspace = makeStudioWorkspace()
  afterAll(() => workspace.dispose())
  const original = readFileSync(join(workspace.root, EN), 'utf8')
  const madeFrom = sourceHash(original)

  it('is nothing while the source is the version the translation names', async () => {
    expect(await sourceChangesSince(workspace, EN, madeFrom)).toBeNull()
  })

  it('is the diff from that version, found in the history, to the source as it is now, over later commits too', async () => {
    writeFileSync(join(workspace.root, EN), original.replace('He died in Beijing in 2009, aged 97.', 'He died in Beijing in 2009, at the age of 97.'))
    workspace.git('commit', '--quiet', '-am', 'First edit')
    writeFileSync(join(workspace.root, EN), `${readFileSync(join(workspace.root, EN), 'utf8')}\nVolunteers guide walks here at weekends.\n`)
    workspace.git('commit', '--quiet', '-am', 'Second edit')
    const change = await sourceChangesSince(workspace, EN, madeFrom)
    const lines = change!.hunks.flatMap(hunk => hunk.lines)
    expect(lines.filter(line => line.startsWith('-'))).toEqual([expect.stringContaining('aged 97.')])
    expect(lines.filter(line => line.startsWith('+'))).toEqual([expect.stringContaining('at the age of 97.'), '+', '+Volunteers guide walks here at weekends.'])
  })

  it('is unknown (null) for a version the history does not hold', async () => {
    expect(await sourceChangesSince(workspace, EN, '000000000000')).toBeNull()
  })
})
