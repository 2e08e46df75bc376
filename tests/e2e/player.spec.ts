import type { Page } from '@playwright/test'
import { test, expect, waitForHydration } from './support/fixtures'

const STOP = '/walks/yuyuan-road/qian-xuesen-residence'
const narration = (page: Page) => page.evaluate(() => {
  const audio = document.querySelector('body > audio') as HTMLAudioElement
  return { time: audio.currentTime, paused: audio.paused, rate: audio.playbackRate, src: audio.currentSrc }
})

async function startNarration(page: Page) {
  await page.goto(STOP)
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Play narration' }).click()
  await expect.poll(async () => (await narration(page)).time, { timeout: 15_000 }).toBeGreaterThan(1)
}

test('narration plays and its speed changes', async ({ page }) => {
  await startNarration(page)
  expect((await narration(page)).src).toMatch(/\/narration\/en\/qian-xuesen-residence\.(opus|mp3)$/)
  await page.getByLabel('Speed').selectOption('1.5')
  expect((await narration(page)).rate).toBe(1.5)
  await page.getByRole('button', { name: 'Forward 15 seconds' }).click()
  await expect.poll(async () => (await narration(page)).time).toBeGreaterThan(15)
})

test('the position in a stop survives a reload', async ({ page }) => {
  await startNarration(page)
  await page.getByRole('button', { name: 'Forward 15 seconds' }).click()
  await page.getByRole('button', { name: 'Pause narration' }).click()
  const left = (await narration(page)).time
  expect(left).toBeGreaterThan(15)
  await page.reload()
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Play narration' }).click()
  await expect.poll(async () => (await narration(page)).time).toBeGreaterThan(left - 1)
})

test('playback continues across page navigation, with a mini-player', async ({ page }) => {
  await startNarration(page)
  await page.locator('.crumbs a').click()
  await expect(page).toHaveURL(/\/walks\/yuyuan-road$/)
  const mini = page.getByRole('region', { name: 'Audio guide' })
  await expect(mini).toContainText('Qian Xuesen')
  const before = (await narration(page)).time
  await expect.poll(async () => (await narration(page)).time).toBeGreaterThan(before + 1)
  expect((await narration(page)).paused).toBe(false)
  await mini.getByRole('button', { name: 'Pause narration' }).click()
  expect((await narration(page)).paused).toBe(true)
})

test('the transcript follows the narration', async ({ page }) => {
  await startNarration(page)
  await expect(page.locator('h1.is-spoken')).toBeVisible()
  await page.getByLabel('Position in the narration').fill('60')
  await expect(page.locator('.body .is-spoken')).toHaveCount(1)
  await expect(page.locator('h1.is-spoken')).toHaveCount(0)
})

test('a walk introduces itself, spoken in the reader\'s language, and the description follows the voice', async ({ page }) => {
  await page.goto('/ko/walks/yuyuan-road')
  await waitForHydration(page)
  const intro = page.locator('.about .player')
  await expect(intro).toContainText('코스 소개 듣기')
  await intro.locator('button.play').click()
  await expect.poll(async () => (await narration(page)).time, { timeout: 15_000 }).toBeGreaterThan(1)
  expect((await narration(page)).src).toMatch(/\/narration\/ko\/yuyuan-road\.(opus|mp3)$/)
  await intro.locator('input[type="range"]').fill('40')
  await expect(page.locator('.about .prose .is-spoken')).toHaveCount(1)
  // "Continue with the next stop" leads from the introduction into the first stop.
  await expect(intro.locator('.continue').first()).toBeVisible()
})
