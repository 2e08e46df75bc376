import { mkdirSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentBuild, makeCurrent, pruneBuilds } from '../../scripts/lib/builds.mjs'

/** A folder that looks like a build: what `npm start` would run. */
function fakeBuild(dir: string, name: string) {
  const build = join(dir, name)
  mkdirSync(join(build, 'server'), { recursive: true })
  writeFileSync(join(build, 'server', 'index.mjs'), `// ${name}\n`)
  return build
}

describe('builds published beside each other', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citywalk-builds-'))
  const saved = process.env.CITYWALK_BUILDS_DIR
  beforeAll(() => {
    process.env.CITYWALK_BUILDS_DIR = dir
  })
  afterAll(() => {
    process.env.CITYWALK_BUILDS_DIR = saved
  })

  it('serves the plain build until one is published, then the current one by its real path', () => {
    expect(currentBuild()).toMatch(/[/\\]\.output$/)
    const first = fakeBuild(dir, '2026-12-07T10-00-00-000Z')
    makeCurrent(first)
    expect(currentBuild()).toBe(realpathSync(first))
  })

  it('switches to a new build in one rename, leaving the running one where it is', () => {
    const running = currentBuild()
    const second = fakeBuild(dir, '2026-12-07T11-00-00-000Z')
    makeCurrent(second)
    expect(currentBuild()).toBe(realpathSync(second))
    expect(readdirSync(join(running, 'server'))).toEqual(['index.mjs'])
    expect(readdirSync(dir).filter(name => name.startsWith('current-'))).toEqual([])
  })

  it('removes old builds, but never the current one, the running one or the newest', () => {
    const running = realpathSync(join(dir, '2026-12-07T10-00-00-000Z'))
    for (const hour of ['12', '13', '14']) makeCurrent(fakeBuild(dir, `2026-12-07T${hour}-00-00-000Z`))
    pruneBuilds(2, running)
    expect(readdirSync(dir).sort()).toEqual(['2026-12-07T10-00-00-000Z', '2026-12-07T13-00-00-000Z', '2026-12-07T14-00-00-000Z', 'current'])
    expect(currentBuild()).toBe(realpathSync(join(dir, '2026-12-07T14-00-00-000Z')))
  })
})
