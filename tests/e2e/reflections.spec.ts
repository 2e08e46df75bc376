import Sqlite from 'better-sqlite3'
import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { messages } from './support/messages'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { moveWalkIntoPast } from '../support/pastWalk'
import { photoFacts, photoWithGps } from '../support/photos'

/*
 * After a group walk: a student writes, in Korean, what they took away, with a photo from their phone;
 * the organiser publishes it; a reader in Arabic finds it on the walk's page and on the stop's page.
 */
const ko = messages('ko')
const ar = messages('ar')
const en = messages('en')
const TEXT = '골목이 조용해서 천천히 걸을 수 있었어요.\n두 번째 정류장이 가장 좋았어요.'

function storedReflections(eventId: string) {
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!, { readonly: true })
  try {
    return db.prepare('SELECT text, language, stop_slug AS stop, first_name AS firstName, status, photo FROM reflections WHERE event_id = ?').all(eventId) as
      { text: string, language: string, stop: string | null, firstName: string | null, status: string, photo: Buffer | null }[]
  }
  finally {
    db.close()
  }
}

test('a student shares a reflection with a photo, the organiser publishes it, readers find it on the walk and the stop', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const organiser = await browser.newContext({ baseURL: test.info().project.use.baseURL })
  await logInOrganiser(organiser.request)
  const eventId = await createOwnEvent(organiser.request, { capacity: 5 })
  const student = await signUpStudent(organiser.request, eventId, 'Min-jun Kim')

  // Before the walk the personal page says when reflections open.
  await page.goto(`/ko/signup/${student.token}`)
  await expect(page.getByRole('heading', { name: ko.reflection.heading })).toBeVisible()
  await expect(page.getByText(ko.errors.reflectionNotYet)).toBeVisible()

  moveWalkIntoPast(process.env.E2E_DATABASE_FILE!, eventId)
  await page.reload()
  const form = page.locator('section.reflection')
  await form.getByLabel(ko.reflection.text).fill(`${TEXT} <b>최고</b>`)
  // The walk's stops load with the page: the whole walk and three stops.
  await expect(form.getByLabel(ko.reflection.stop).locator('option')).toHaveCount(4)
  await form.getByLabel(ko.reflection.stop).selectOption({ index: 2 })
  await form.getByRole('button', { name: ko.reflection.submit }).click()
  // Markup and a missing consent are each named, and nothing is sent.
  await expect(form.getByText(ko.reflection.errors.markup)).toBeVisible()
  await expect(form.getByText(ko.reflection.errors.consent)).toBeVisible()
  expect(storedReflections(eventId)).toEqual([])

  await form.getByLabel(ko.reflection.text).fill(TEXT)
  await form.getByLabel(ko.reflection.showName).check()
  await form.getByRole('textbox', { name: ko.reflection.firstName, exact: true }).fill('민준')
  await form.getByLabel(ko.reflection.photo).setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(3000, 2000) })
  await form.getByRole('checkbox', { name: /주최 측이 이 소감과 사진을/ }).check()
  await form.getByRole('button', { name: ko.reflection.submit }).click()
  await expect(form.getByText(ko.reflection.saved)).toBeVisible()
  await expect(form.getByText(ko.reflection.status.pending)).toBeVisible()

  const [stored] = storedReflections(eventId)
  expect(stored).toMatchObject({ text: TEXT, language: 'ko', stop: 'ecupl-st-johns-campus', firstName: '민준', status: 'pending' })
  // The phone's photo, its place and camera included, is kept as a smaller copy with none of them.
  expect(await photoFacts(stored!.photo!)).toEqual({ format: 'jpeg', width: 1600, height: 1067, metadata: [], secretsInBytes: false })

  // Not public until the organiser publishes it.
  expect(await (await page.request.get(`/api/reflections?event=${eventId}`)).json()).toEqual([])
  const moderation = await organiser.newPage()
  await moderation.goto(`/organiser/events/${eventId}/reflections`)
  const card = moderation.locator('li', { hasText: '골목이 조용해서' })
  await expect(card.getByText(en.reflection.status.pending)).toBeVisible()
  await expect(card.getByText('Min-jun Kim')).toBeVisible()
  await card.getByRole('button', { name: en.reflection.moderate.approve }).click()
  await expect(card.getByText(en.reflection.status.approved)).toBeVisible()

  // A reader in Arabic: the Korean words as they were written, in their language and direction, under a right-to-left page.
  await page.goto(`/ar/events/${eventId}`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  // Read when the reader scrolls down to them.
  const published = page.locator('.reflections li')
  await scrolledTo(page, published)
  await expect(published).toHaveCount(1)
  await expect(published.locator('[lang="ko"]')).toContainText('두 번째 정류장이 가장 좋았어요.')
  await expect(published.locator('[lang="ko"]')).toHaveAttribute('dir', 'auto')
  await expect(published).toContainText('민준')
  await expect(published).toContainText(ar.reflection.list.writtenIn.replace('{language}', '').trim())
  const photo = published.locator('img')
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600)
  const served = await page.request.get(await photo.getAttribute('src') as string)
  expect(await photoFacts(Buffer.from(await served.body()))).toMatchObject({ metadata: [], secretsInBytes: false })

  // On the stop's page too.
  await page.goto('/ar/walks/suzhou-creek/ecupl-st-johns-campus')
  await scrolledTo(page, page.locator('.reflections [lang="ko"]'))

  // The student takes it back: gone from the walk's page.
  page.once('dialog', dialog => void dialog.accept())
  await page.goto(`/ko/signup/${student.token}`)
  await page.locator('section.reflection').getByRole('button', { name: ko.reflection.delete }).click()
  await expect.poll(async () => (await (await page.request.get(`/api/reflections?event=${eventId}`)).json() as unknown[]).length).toBe(0)
  expect(storedReflections(eventId)).toEqual([])
  await organiser.close()
})

/** Scrolls to the lazily hydrated list until `target` shows: the page may still grow above it while it hydrates. */
async function scrolledTo(page: Page, target: Locator) {
  await expect(async () => {
    await page.locator('.reflections-slot').scrollIntoViewIfNeeded()
    await expect(target.first()).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}
