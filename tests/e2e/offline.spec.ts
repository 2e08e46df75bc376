import type { Page } from '@playwright/test'
import { messages } from './support/messages'
import { OFFLINE_LOAD_FAILURE, serviceWorkerInControl, test, expect, waitForHydration } from './support/fixtures'

const WALK = '/fr/walks/yuyuan-road'
const [ar, fr, ko] = ['ar', 'fr', 'ko'].map(messages) as [ReturnType<typeof messages>, ReturnType<typeof messages>, ReturnType<typeof messages>]

// With the connection off, map tiles never seen and routes never stored fail to load: that is the point.
test.use({ expectedConsole: [OFFLINE_LOAD_FAILURE] })

const narration = (page: Page) => page.evaluate(() => {
  const audio = document.querySelector('body > audio') as HTMLAudioElement
  return { time: audio.currentTime, paused: audio.paused, src: audio.currentSrc }
})

test('a downloaded walk works with no connection: every stop, narration with seeking, the route map', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto(WALK)
  await waitForHydration(page)
  await serviceWorkerInControl(page)

  const download = page.getByRole('region', { name: fr.offline.download.title })
  const start = download.getByRole('button', { name: /^Télécharger \(\d/ })
  await expect(start).toBeVisible()
  await start.click()
  await expect(download).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 })
  await expect(download.locator('progress')).toHaveJSProperty('value', 100)
  await expect(download).toContainText(fr.offline.download.ready)

  await context.setOffline(true)
  await page.reload()
  await waitForHydration(page)
  await expect(page.getByRole('status').filter({ hasText: fr.offline.status.offline })).toBeVisible()
  // The route drawing needs nothing from the network; the tile map, opened on request, has the stored tiles.
  await expect(page.getByRole('img', { name: /6/ }).locator('g.stop')).toHaveCount(6)
  await page.getByRole('button', { name: fr.map.open }).click()
  const map = page.locator('.leaflet-container')
  await expect(map.locator('.leaflet-overlay-pane path').first()).toBeVisible({ timeout: 15_000 })
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()

  const stopLinks = await page.locator(`a[href^="${WALK}/"]:not([href$="/qr"]):not([href$="/sheet"])`).evaluateAll(links =>
    [...new Set(links.map(link => link.getAttribute('href')!))])
  expect(stopLinks).toHaveLength(6)
  for (const href of stopLinks) {
    await page.goto(href)
    await waitForHydration(page)
    await expect(page.locator('h1')).not.toBeEmpty()
    await expect(page.getByRole('button', { name: fr.player.play }).first()).toBeVisible()
  }

  // Narration from the download: plays, seeks (range requests answered from the cache), then the next stop.
  await page.goto(stopLinks[1]!)
  await waitForHydration(page)
  await page.getByRole('button', { name: fr.player.play }).first().click()
  await expect.poll(async () => (await narration(page)).time, { timeout: 15_000 }).toBeGreaterThan(1)
  await page.getByLabel(fr.player.position).fill('90')
  await expect.poll(async () => (await narration(page)).time).toBeGreaterThan(90)
  const afterSeek = (await narration(page)).time
  await expect.poll(async () => (await narration(page)).time).toBeGreaterThan(afterSeek + 0.5)

  const firstSrc = (await narration(page)).src
  await page.getByRole('link', { name: new RegExp(fr.stop.next) }).click()
  await waitForHydration(page)
  await page.getByRole('button', { name: fr.player.play }).first().click()
  await expect.poll(async () => (await narration(page)).src).not.toBe(firstSrc)
  await expect.poll(async () => (await narration(page)).time, { timeout: 15_000 }).toBeGreaterThan(1)
  expect((await narration(page)).src).toMatch(/\/narration\/fr\//)

  // The walk's spoken introduction came with the download too.
  await page.goto(WALK)
  await waitForHydration(page)
  await page.locator('.about .player button.play').click()
  await expect.poll(async () => (await narration(page)).src, { timeout: 15_000 }).toMatch(/\/narration\/fr\/yuyuan-road\.(opus|mp3)$/)
  await expect.poll(async () => (await narration(page)).time, { timeout: 15_000 }).toBeGreaterThan(1)
})

test('after one visit, every page opens offline in that language, and a page never stored says so', async ({ page, context }) => {
  await page.goto('/ko/')
  await waitForHydration(page)
  await serviceWorkerInControl(page)
  // The language pack (every walk's texts in Korean) is stored in the background after the first visit.
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('citywalk-language-packs')).match('/language-pack/ko'))?.text() ?? ''), { timeout: 20_000 }).not.toBe('')

  await context.setOffline(true)
  await page.goto('/ko/walks/suzhou-creek/ecupl-st-johns-campus')
  await waitForHydration(page)
  await expect(page.locator('h1')).toContainText('화둥정법대학')
  await page.goto('/ko/walks/yuyuan-road')
  await waitForHydration(page)
  await expect(page.getByRole('img', { name: /6/ }).locator('g.stop')).toHaveCount(6)

  await page.goto('/ko/events/00000000-0000-4000-8000-000000000000')
  await expect(page.locator('h1')).toHaveText(ko.offline.pageUnavailable.title)
})

test('a download can be deleted; right to left in Arabic', async ({ page }) => {
  await page.goto('/ar/walks/suzhou-creek')
  await waitForHydration(page)
  await serviceWorkerInControl(page)
  const download = page.getByRole('region', { name: ar.offline.download.title })
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await download.getByRole('button', { name: new RegExp(`^${ar.offline.download.startUnsized}`) }).click()
  await expect(download).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 })
  expect(await page.evaluate(() => caches.keys())).toContain('citywalk-walk:suzhou-creek:ar')
  await download.getByRole('button', { name: ar.offline.download.delete }).click()
  await expect(download).toHaveAttribute('data-phase', 'none')
  expect(await page.evaluate(() => caches.keys())).not.toContain('citywalk-walk:suzhou-creek:ar')
})

test('with no connection, a stop never downloaded says its narration is not on this phone, and a language never opened says the page is not saved', async ({ page, context }) => {
  await page.goto('/ko/walks/yuyuan-road/rewi-alley-residence')
  await waitForHydration(page)
  await serviceWorkerInControl(page)
  await context.setOffline(true)
  await page.getByRole('button', { name: ko.player.play }).click()
  await expect(page.getByRole('alert')).toHaveText(ko.player.notSavedOffline)
  // Never "playing" for a track that cannot play.
  await expect(page.getByRole('button', { name: ko.player.play })).toBeVisible()
  expect((await narration(page)).paused).toBe(true)

  const en = messages('en')
  await page.goto('/walks/yuyuan-road')
  await expect(page.locator('h1')).toHaveText(en.offline.pageUnavailable.title)
})
