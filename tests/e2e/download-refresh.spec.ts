import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { TILE_ORIGIN } from '../../playwright.config'
import { serviceWorkerInControl, test, expect, waitForHydration } from './support/fixtures'
import { startOwnServer } from './support/ownServer'

// A server of its own with its own content database, so a stop's text can change between two runs.
const PORT = Number(process.env.E2E_REFRESH_PORT || 3971)
const folder = mkdtempSync(join(tmpdir(), 'citywalk-refresh-'))
const STOP_ANSWER = '/api/walks/suzhou-creek/stops/zhongshan-park-frontage?locale=en'
const NEW_TITLE = 'Zhongshan Park, retitled after the download'

const startServer = () => startOwnServer({
  port: PORT,
  env: {
    NUXT_CONTENT_DATABASE_FILENAME: join(folder, 'contents.sqlite'),
    CITYWALK_DATABASE_FILE: join(folder, 'app.sqlite'),
    NUXT_SESSION_PASSWORD: 'refresh-test-session-password-0123456789abcdef',
    NUXT_PUBLIC_MAP_TILE_URL: `${TILE_ORIGIN}/tiles/{z}/{x}/{y}.png`,
  },
})

function retitleStop() {
  const db = new Sqlite(join(folder, 'contents.sqlite'))
  try {
    expect(db.prepare('UPDATE _content_stopTexts SET title = ? WHERE stem = ?').run(NEW_TITLE, 'stops/en/zhongshan-park-frontage').changes).toBe(1)
  }
  finally {
    db.close()
  }
}

test.afterAll(() => rmSync(folder, { recursive: true, force: true }))

// The server is stopped and started again on purpose: a background request of the app may meet it down.
test.use({ expectedConsole: [/^Failed to load resource: net::ERR_CONNECTION_REFUSED$/] })

test('a downloaded walk refreshes itself when its content changes', async ({ page }) => {
  test.setTimeout(90_000)
  let server = await startServer()
  try {
    await page.goto(`${server.origin}/walks/suzhou-creek`)
    await waitForHydration(page)
    await serviceWorkerInControl(page)
    const download = page.getByRole('region', { name: 'Use this walk offline' })
    await download.getByRole('button', { name: /^Download/ }).click()
    await expect(download).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 })
    const storedTitle = () => page.evaluate(async url => (await (await caches.match(url))?.json())?.title as string | undefined, STOP_ANSWER)
    expect(await storedTitle()).toBe('Zhongshan Park and its opened-up frontage')
    const version = () => page.evaluate(() => JSON.parse(localStorage.getItem('citywalk:walk-downloads') ?? '[]')[0]?.version as string)
    const before = await version()

    // The page is closed while the server restarts: its background requests would otherwise meet a refused connection.
    await page.goto('about:blank')
    await server.stop()
    retitleStop()
    server = await startServer()
    await page.goto(`${server.origin}/`)
    await waitForHydration(page)

    await expect.poll(storedTitle, { timeout: 30_000 }).toBe(NEW_TITLE)
    await expect.poll(version).not.toBe(before)
  }
  finally {
    await server.stop()
  }
})
