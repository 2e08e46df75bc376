import { spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { ORGANISER, TILE_ORIGIN } from '../../playwright.config'
import { makeStudioWorkspace } from '../support/studioWorkspace'
import { test, expect, waitForHydration } from './support/fixtures'

// A server of its own with its own copy of the content database, in which the English text of one
// stop and one walk is then edited, as if their source had changed after the translations were made.
// The studio reads the files rather than the built database, so its workspace copy gets the same edit.
// The real content folder stays as it is.
const folder = mkdtempSync(join(tmpdir(), 'citywalk-stale-'))
const workspace = makeStudioWorkspace()
const ADDED = '\n\nOne more sentence, added after the translations were made.\n'
const contentDatabase = join(folder, 'contents.sqlite')
let server: ChildProcess
let origin = ''

function startServer(): Promise<string> {
  // Playwright's own loader hooks (NODE_OPTIONS) must not leak into the server under test.
  const { NODE_OPTIONS: _loader, ...env } = process.env
  server = spawn(process.execPath, ['.output/server/index.mjs'], {
    env: {
      ...env, PORT: '0', HOST: '127.0.0.1', NUXT_CONTENT_DATABASE_FILENAME: contentDatabase, NUXT_STUDIO_ROOT: workspace.root, CITYWALK_DATABASE_FILE: join(folder, 'app.sqlite'),
      NUXT_PUBLIC_MAP_TILE_URL: `${TILE_ORIGIN}/tiles/{z}/{x}/{y}.png`, NUXT_PUBLIC_MAP_ATTRIBUTION: 'Test tiles',
      CITYWALK_ADMIN_EMAIL: ORGANISER.email, CITYWALK_ADMIN_PASSWORD: ORGANISER.password, NUXT_SESSION_PASSWORD: 'stale-test-session-password-0123456789abcdef', SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // Port 0: the system picks a free port, which the server prints.
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 30_000)
    server.stdout!.on('data', (chunk: Buffer) => {
      const url = /Listening on (http:\/\/\S+)/.exec(chunk.toString())?.[1]
      if (url) {
        clearTimeout(timer)
        resolve(url.replace(/\/$/, ''))
      }
    })
  })
}

function editEnglishSources() {
  const db = new Sqlite(contentDatabase)
  try {
    const edit = (table: string, stem: string) => expect(db.prepare(`UPDATE ${table} SET rawbody = rawbody || ? WHERE stem = ?`)
      .run(ADDED, stem).changes).toBe(1)
    edit('_content_stopTexts', 'stops/en/yu-lane-garden')
    edit('_content_walkTexts', 'walks/en/yuyuan-road')
    appendFileSync(join(workspace.root, 'content/stops/en/yu-lane-garden.md'), ADDED)
    appendFileSync(join(workspace.root, 'content/walks/en/yuyuan-road.md'), ADDED)
  }
  finally {
    db.close()
  }
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  origin = await startServer()
  // The first content request fills the content database from the build; only then can it be edited.
  expect((await fetch(`${origin}/api/walks`)).ok).toBe(true)
  // The server reads content once per process, so the edit is made between two runs, as a publish would.
  await stopServer()
  editEnglishSources()
  origin = await startServer()
})

async function stopServer() {
  const exited = new Promise(done => server.once('exit', done))
  server.kill()
  await exited
}

test.afterAll(() => {
  server?.kill()
  workspace.dispose()
})

test('a Russian reader of a stop whose English text changed is told so and can open the English text', async ({ page }) => {
  await page.goto(`${origin}/ru/walks/yuyuan-road/rewi-alley-residence`)
  await waitForHydration(page)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('Английский текст изменился')).toHaveCount(0)

  await page.goto(`${origin}/ru/walks/yuyuan-road/yu-lane-garden`)
  await waitForHydration(page)
  const notice = page.getByRole('note').filter({ hasText: 'Английский текст изменился с тех пор, как был сделан этот перевод.' })
  await expect(notice).toBeVisible()
  await notice.getByRole('link', { name: 'Читать английскую версию' }).click()
  await expect(page).toHaveURL(`${origin}/walks/yuyuan-road/yu-lane-garden`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByText('The English text has changed')).toHaveCount(0)
})

test('an Arabic reader of the walk is told so, and the status page lists its translations as needing an update', async ({ page }) => {
  await page.goto(`${origin}/ar/walks/yuyuan-road`)
  await waitForHydration(page)
  await expect(page.getByRole('note').filter({ hasText: 'تغيّر النص الإنجليزي منذ إعداد هذه الترجمة.' })).toBeVisible()

  expect((await page.request.post(`${origin}/api/auth/login`, { data: ORGANISER })).status()).toBe(200)
  await page.goto(`${origin}/studio/status`)
  await waitForHydration(page)
  const stop = page.locator('.status-card[data-slug="yu-lane-garden"]')
  for (const locale of ['ko', 'ru', 'fr', 'ar']) await expect(stop.locator(`.cell[data-locale="${locale}"]`)).toHaveAttribute('data-text', 'stale')
  await expect(stop.locator('.cell[data-locale="ru"]')).toContainText('Needs update')
  await expect(stop.locator('.cell[data-locale="en"]')).toHaveAttribute('data-text', 'original')
  await expect(page.locator('.status-card[data-slug="rewi-alley-residence"] .cell[data-locale="ru"]')).toHaveAttribute('data-text', 'current')
  await expect(page.locator('tr[data-locale="ru"] td[data-count="stale"]')).toHaveText('2')
  await expect(page.locator('tr[data-locale="ru"] td[data-count="current"]')).toHaveText('9')
})
