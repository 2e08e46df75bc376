import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'
import { makeCurrent, pruneBuilds } from '../../scripts/lib/builds.mjs'

const PORT = Number(process.env.E2E_RESTART_PORT || 3973)
const origin = `http://127.0.0.1:${PORT}`
// Both tests start `npm start` on the one port: one at a time.
test.describe.configure({ mode: 'serial' })
const answers = () => fetch(`${origin}/api/walks`).then(r => r.ok, () => false)

// scripts/publish.mjs ends by sending SIGHUP to `npm start`; the server must come back on the new build.
test('npm start restarts the server when the publish command signals a new build', async () => {
  test.setTimeout(90_000)
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  const start = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...inherited, PORT: String(PORT), HOST: '127.0.0.1', SMTP_URL: '', CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-restart-')), 'db.sqlite') },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  start.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  try {
    await expect.poll(answers, { timeout: 30_000 }).toBe(true)
    start.kill('SIGHUP')
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Citywalk is restarting on the new build')
    await expect.poll(answers, { timeout: 30_000 }).toBe(true)
    expect(start.exitCode).toBeNull()
  }
  finally {
    const exited = new Promise(done => start.once('exit', done))
    start.kill('SIGTERM')
    await exited
  }
  expect(start.exitCode).toBe(0)
})

// A published build is made current beside the running one: without the restart, the server goes on
// answering whole from its own build; with it, it serves the new one; old builds go, the running one stays.
test('a new build never pulls the running server\'s files from under it, whether the restart signal comes or not', async () => {
  test.setTimeout(120_000)
  const builds = mkdtempSync(join(tmpdir(), 'citywalk-builds-'))
  // Hard links: each "build" is the suite's own, made in a moment and taking no room.
  const copyBuild = (name: string) => {
    execFileSync('cp', ['-al', '.output', join(builds, name)])
    return join(builds, name)
  }
  const previous = process.env.CITYWALK_BUILDS_DIR
  process.env.CITYWALK_BUILDS_DIR = builds
  const first = copyBuild('a')
  makeCurrent(first)
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  const start = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...inherited, CITYWALK_BUILDS_DIR: builds, PORT: String(PORT), HOST: '127.0.0.1', SMTP_URL: '', CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-restart-')), 'db.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  start.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  start.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const page = (path: string) => fetch(`${origin}${path}`).then(r => r.status, () => 0)
  try {
    await expect.poll(answers, { timeout: 30_000 }).toBe(true)
    const second = copyBuild('b')
    makeCurrent(second)
    pruneBuilds(1, first)
    // The signal is lost: the server still has every file of its own build, pages never loaded before included.
    expect(existsSync(first)).toBe(true)
    for (const path of ['/walks/yuyuan-road/qian-xuesen-residence', '/ko/walks/suzhou-creek', '/ar/story', '/studio']) expect(await page(path), path).toBe(200)
    start.kill('SIGHUP')
    await expect.poll(() => output, { timeout: 30_000 }).toContain(`Citywalk is restarting on the new build (${realpathSync(second)})`)
    await expect.poll(answers, { timeout: 30_000 }).toBe(true)
    expect(await page('/walks/yuyuan-road/qian-xuesen-residence')).toBe(200)

    // A build that cannot start is tried beside the running server and not switched to.
    const broken = copyBuild('c')
    const entry = join(broken, 'server', 'index.mjs')
    rmSync(entry) // a hard link: a new file, not the suite's own build changed
    writeFileSync(entry, 'process.exit(3)\n')
    makeCurrent(broken)
    start.kill('SIGHUP')
    await expect.poll(() => output, { timeout: 30_000 }).toContain(`The new build (${realpathSync(broken)}) did not answer its health check`)
    expect(await page('/ko/walks/suzhou-creek')).toBe(200)
    expect(output).not.toContain(`restarting on the new build (${realpathSync(broken)})`)
  }
  finally {
    process.env.CITYWALK_BUILDS_DIR = previous
    const exited = new Promise(done => start.once('exit', done))
    start.kill('SIGTERM')
    await exited
  }
})
