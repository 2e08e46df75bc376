import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test, expect, waitForHydration } from './support/fixtures'
import { startOwnServer } from './support/ownServer'

// A server of its own, started from a copy of the build so the test can deploy a "second build" under it.
const PORT = Number(process.env.E2E_UPDATE_PORT || 3970)
const workDir = mkdtempSync(join(tmpdir(), 'citywalk-update-'))
const buildCopy = join(workDir, 'output')

function copyBuild() {
  cpSync('.output', buildCopy, { recursive: true, filter: source => !source.endsWith(join('public', 'narration')) })
  symlinkSync(resolve('.output/public/narration'), join(buildCopy, 'public', 'narration'))
}

/**
 * What a new deployment changes for the browser: the service worker script (a new precache revision) and,
 * in the server's table of static files, its ETag. Same length, so the recorded size still holds.
 */
function deploySecondBuild() {
  const swFile = join(buildCopy, 'public', 'sw.js')
  const sw = readFileSync(swFile, 'utf8')
  const bumped = sw.replace(/("revision":"\d*)(\d)(","url":"\/app-shell")/, (_, head: string, last: string, tail: string) => `${head}${(Number(last) + 1) % 10}${tail}`)
  expect(bumped).not.toBe(sw)
  writeFileSync(swFile, bumped)

  const nitroFile = join(buildCopy, 'server', 'chunks', 'nitro', 'nitro.mjs')
  const nitro = readFileSync(nitroFile, 'utf8')
  const retagged = nitro.replace(/("\/sw\.js": \{\s*"type": "[^"]*",\s*"etag": "\\")[^"\\]*/, '$1second-build')
  expect(retagged).not.toBe(nitro)
  writeFileSync(nitroFile, retagged)
}

function startServer() {
  return startOwnServer({
    port: PORT,
    entry: join(buildCopy, 'server', 'index.mjs'),
    env: { CITYWALK_DATABASE_FILE: join(workDir, 'update.sqlite'), NUXT_SESSION_PASSWORD: 'update-test-session-password-0123456789abcdef' },
  })
}

test.afterAll(() => rmSync(workDir, { recursive: true, force: true }))

test('a new version offers an update and waits for the tap, even with narration playing', async ({ page }) => {
  test.setTimeout(90_000)
  copyBuild()
  let server = await startServer()
  try {
    await page.goto(`${server.origin}/walks/yuyuan-road/qian-xuesen-residence`)
    await waitForHydration(page)
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await page.getByRole('button', { name: 'Play narration' }).click()
    const audioTime = () => page.evaluate(() => (document.querySelector('body > audio') as HTMLAudioElement).currentTime)
    await expect.poll(audioTime, { timeout: 15_000 }).toBeGreaterThan(1)
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))

    await server.stop()
    deploySecondBuild()
    server = await startServer()
    // What the app does whenever it comes back to the front.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then(registration => registration?.update()))

    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Citywalk is ready.' })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    // Nothing reloaded and the narration carries on.
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
    const playing = await audioTime()
    await expect.poll(audioTime).toBeGreaterThan(playing + 0.5)

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Update now' }).click()])
    await waitForHydration(page)
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false)
    await expect(prompt).toBeHidden()
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
  }
  finally {
    await server.stop()
  }
})
