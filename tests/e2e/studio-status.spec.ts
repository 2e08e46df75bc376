import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { LOCALE_CODES } from '../../i18n/registry'
import { ORGANISER } from '../../playwright.config'
import { parseTextFile } from '../../scripts/lib/contentCheck/contentTree'
import { sourceHash } from '../../scripts/lib/sourceHash'
import type { StopDetail } from '../../shared/types/walk'
import { logInThroughForm } from './support/login'
import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

/** What the status page should say of a text, worked out here from the files themselves. */
function expectedState(kind: 'stops' | 'walks', slug: string, locale: string) {
  const path = `content/${kind}/${locale}/${slug}.md`
  if (!existsSync(path)) return 'missing'
  const from = (parseTextFile(path, readFileSync(path, 'utf8'), locale).frontMatter!.data as { translatedFrom?: { locale: string, hash: string } }).translatedFrom
  if (!from) return 'original'
  return sourceHash(readFileSync(`content/${kind}/${from.locale}/${slug}.md`, 'utf8')) === from.hash ? 'current' : 'stale'
}

function expectedNarration(slug: string, locale: string) {
  const path = `content/narration/${locale}/${slug}.yml`
  return existsSync(path) ? /^kind: (\w+)/m.exec(readFileSync(path, 'utf8'))![1] : 'none'
}

/** Every cell of the page as `slug/locale text narration`. */
const cellsOf = (page: import('@playwright/test').Page) => page.locator('.status-card .cell').evaluateAll(cells => cells.map(cell =>
  `${cell.closest<HTMLElement>('[data-slug]')!.dataset.slug}/${(cell as HTMLElement).dataset.locale} ${(cell as HTMLElement).dataset.text} ${(cell as HTMLElement).dataset.narration ?? '-'}`))

test('without a session the translation status is refused', async ({ request }) => {
  expect((await request.get('/api/studio/status')).status()).toBe(401)
})

test('a volunteer logs in and sees every stop and walk in every language as the files say', async ({ page }) => {
  const volunteer = { email: `${randomUUID()}@example.edu`, password: 'volunteer password 12345' }
  const added = spawnSync('npx', ['tsx', 'scripts/user.ts', 'add', '--email', volunteer.email, '--name', 'Li Wei', '--role', 'volunteer', '--password', volunteer.password], {
    encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', CITYWALK_DATABASE_FILE: process.env.E2E_DATABASE_FILE },
  })
  expect(added.status, added.stderr).toBe(0)

  await logInThroughForm(page, '/studio/status', volunteer)
  await expect(page.getByRole('heading', { name: 'Stops' })).toBeVisible()

  const stopSlugs = await page.locator('.status-card[data-slug]').evaluateAll(cards => cards.map(c => (c as HTMLElement).dataset.slug!))
  const walkSlugs = ['yuyuan-road', 'suzhou-creek']
  const expected = stopSlugs.filter(s => !walkSlugs.includes(s)).flatMap(slug => LOCALE_CODES.map(locale =>
    `${slug}/${locale} ${expectedState('stops', slug, locale)} ${expectedNarration(slug, locale)}`))
    .concat(walkSlugs.flatMap(slug => LOCALE_CODES.map(locale => `${slug}/${locale} ${expectedState('walks', slug, locale)} ${expectedNarration(slug, locale)}`)))
  expect(stopSlugs).toHaveLength(9 + 2)
  expect(await cellsOf(page)).toEqual(expected)

  const ruCell = page.locator('.status-card[data-slug="yu-lane-garden"] .cell[data-locale="ru"]')
  await expect(ruCell).toContainText('Up to date')
  await expect(ruCell).toContainText('Synthesised')
  await expect(page.locator('.status-card[data-slug="yu-lane-garden"] .cell[data-locale="en"]')).toContainText('Original')
  await expect(page.locator('tr[data-locale="ru"] td[data-count="current"]')).toHaveText('11')
  await expect(page.locator('tr[data-locale="ru"] td[data-count="stale"]')).toHaveText('0')
  await expectNoHorizontalScroll(page)
})

test('an organiser reads the status in Arabic, right to left, on a phone', async ({ page }) => {
  expect((await page.request.post('/api/auth/login', { data: ORGANISER })).status()).toBe(200)
  await page.goto('/ar/studio/status')
  await waitForHydration(page)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حالة الترجمات')
  const cell = page.locator('.status-card[data-slug="rewi-alley-residence"] .cell[data-locale="fr"]')
  await expect(cell).toContainText(expectedState('stops', 'rewi-alley-residence', 'fr') === 'current' ? 'محدَّثة' : 'تحتاج إلى تحديث')
  // Tiles start on the right in Arabic.
  const [first, second] = await page.locator('.status-card').first().locator('.cell').evaluateAll(cells => cells.slice(0, 2).map(c => c.getBoundingClientRect().x))
  expect(first!).toBeGreaterThan(second!)
  await expectNoHorizontalScroll(page)
})

test('the stop page shows no "source changed" notice while translations are up to date', async ({ request }) => {
  const stop = await (await request.get('/api/walks/yuyuan-road/stops/yu-lane-garden?locale=ru')).json() as StopDetail
  expect(stop.lang).toBe('ru')
  expect(stop.sourceChanged).toBe(expectedState('stops', 'yu-lane-garden', 'ru') === 'stale' ? 'en' : null)
})
