import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import { INBOX_URL, ORGANISER } from '../../playwright.config'
import { shanghaiDateTimeInDays } from './support/eventDates'
import { logInThroughForm } from './support/login'
import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

async function subjectsFor(request: APIRequestContext, address: string): Promise<string[]> {
  const all = await (await request.get(INBOX_URL)).json() as { to: string[], subject: string }[]
  return all.filter(m => m.to.includes(address)).map(m => m.subject)
}

test('an organiser publishes a walk; students see it; a new time and a cancellation are e-mailed', async ({ page, request }) => {
  const startsAt = shanghaiDateTimeInDays(150, '14:00')
  await logInThroughForm(page, '/organiser', ORGANISER)
  await page.getByRole('link', { name: 'New group walk' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New group walk')
  await waitForHydration(page)

  await expectNoHorizontalScroll(page)
  await page.getByLabel('Walk', { exact: true }).selectOption('suzhou-creek')
  await expect(page.locator('.chosen li')).toHaveCount(3)
  await page.getByLabel('Starts', { exact: true }).fill(startsAt)
  await page.getByLabel('Sign-up closes').fill(shanghaiDateTimeInDays(149, '20:00'))
  await page.getByLabel('Places', { exact: true }).fill('12')
  const english = page.locator('.language-texts', { hasText: 'English' })
  await english.getByLabel('Description').fill('An afternoon by the creek with a student guide.')
  await english.getByLabel('How to find the meeting point').fill('Zhongshan Park station, by the ticket machines.')
  await page.getByLabel('Published').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/organiser\/events\/[0-9a-f-]{36}$/)
  const eventId = page.url().split('/').pop()!

  await page.goto('/')
  const card = page.locator('.event-card', { hasText: 'An afternoon by the creek' })
  await expect(card).toContainText(startsAt.slice(0, 4))
  await expect(card).toContainText('12 places left')

  const email = `${randomUUID()}@example.edu`
  const signup = await request.post(`/api/events/${eventId}/signups`, {
    data: { name: 'Chen Jie', email, contact: '', university: 'SISU', language: 'en', consent: true, idempotencyKey: randomUUID() },
  })
  expect(signup.status()).toBe(202)
  await expect.poll(() => subjectsFor(request, email)).toEqual(['You have a place: Suzhou Creek'])

  await page.goto(`/organiser/events/${eventId}/edit`)
  await waitForHydration(page)
  await page.getByLabel('Starts', { exact: true }).fill(startsAt.replace('T14:00', 'T15:00'))
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('alertdialog', { name: 'Before you save' }).getByRole('button', { name: 'Save and send' }).click()
  await expect(page).toHaveURL(new RegExp(`/organiser/events/${eventId}$`))
  await expect.poll(() => subjectsFor(request, email)).toContain('New time: Suzhou Creek')

  await page.goto(`/organiser/events/${eventId}/edit`)
  await waitForHydration(page)
  await page.getByLabel('Cancelled').check()
  await page.getByRole('button', { name: 'Save' }).click()
  // Cancelling is confirmed first, with who will be told; going back changes and sends nothing.
  const confirm = page.getByRole('alertdialog', { name: 'Before you save' })
  await expect(confirm).toContainText('This cancels the walk: everyone signed up (1) will be e-mailed')
  await confirm.getByRole('button', { name: 'Back to the form' }).click()
  await expect(confirm).toHaveCount(0)
  expect((await (await page.request.get(`/api/organiser/events/${eventId}`)).json() as { status: string }).status).toBe('published')
  await page.getByRole('button', { name: 'Save' }).click()
  await confirm.getByRole('button', { name: 'Save and send' }).click()
  await expect.poll(() => subjectsFor(request, email)).toContain('Cancelled: Suzhou Creek')

  // The dashboard and the walk's page say it is cancelled, and offer no check-in.
  await page.goto(`/organiser/events/${eventId}`)
  await expect(page.locator('.badge--cancelled')).toHaveText('Cancelled')
  await expect(page.getByRole('button', { name: /Check in/ })).toHaveCount(0)
  const refused = await page.request.post(`/api/organiser/events/${eventId}/checkin`, { data: { code: '7K3M-Q9XD-2HFP' } })
  expect(refused.status()).toBe(409)
  expect((await refused.json()).data.key).toBe('cancelled')
})

test('a form with mistakes names each one and saves nothing', async ({ page }) => {
  await logInThroughForm(page, '/organiser', ORGANISER)
  await expect(page.getByRole('heading', { name: 'Your group walks' })).toBeVisible()
  await page.goto('/organiser/events/new')
  await waitForHydration(page)
  await page.getByLabel('Places', { exact: true }).fill('0')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Choose at least one stop.')).toBeVisible()
  await expect(page.getByText('Between 1 and 500 places.')).toBeVisible()
  await expect(page.getByText('Write a description in at least one language.')).toBeVisible()
  await expect(page).toHaveURL(/\/organiser\/events\/new$/)
})
