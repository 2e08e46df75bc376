import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import type { EventSummary } from '../../shared/types/event'
import { OFFLINE_LOAD_FAILURE, serviceWorkerInControl, test, expect, waitForHydration } from './support/fixtures'
import { insertPublishedEvent, signupsFor } from './support/events'
import { personalLinkToken } from './support/inbox'

// These tests share the seeded demo event and change its numbers, so they run one after another.
test.describe.configure({ mode: 'serial' })

/** The seeded demo walk (Yuyuan Road): other suites insert Suzhou Creek walks that may start sooner. */
async function demoEvent(request: APIRequestContext): Promise<EventSummary> {
  const events = await (await request.get('/api/events')).json() as EventSummary[]
  return events.find(event => event.walkSlug === 'yuyuan-road')!
}

function student(n: string) {
  return { name: `Student ${n}`, email: `student-${n}@example.edu`, contact: '', university: 'Tongji University', language: 'en', consent: true, idempotencyKey: randomUUID() }
}

test('the demo event shows on the home page and on its walk\'s page', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Guided group walks' })).toBeVisible()
  await page.goto('/walks/yuyuan-road')
  await expect(page.getByRole('heading', { name: 'Guided group walks on this route' })).toBeVisible()
  await page.locator('.event-card h3 a').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yuyuan Road')
  await expect(page.getByText('Shanghai time').first()).toBeVisible()
})

test('a student signs up in English, with clear errors first', async ({ page, request }) => {
  // An event of its own: other suites running alongside sign people up to the demo event.
  const eventId = insertPublishedEvent({ capacity: 5 })
  await page.goto(`/events/${eventId}`)
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Sign up' }).click()
  // The summary takes the focus, so the student sees what to fix even with the fields above the screen.
  const summary = page.getByRole('group', { name: 'Please check these before sending:' })
  await expect(summary).toBeFocused()
  await expect(summary).toBeInViewport()
  await expect(summary.getByRole('listitem')).toHaveText([
    'Please enter your name.',
    'Please enter a valid e-mail address.',
    'Please enter your university.',
    'Please agree to the privacy notice to sign up.',
  ])
  // Each line leads to its field, which says what is wrong to a screen reader.
  await summary.getByRole('link', { name: 'Please enter a valid e-mail address.' }).click()
  const email = page.getByLabel('E-mail')
  await expect(email).toBeFocused()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription('Please enter a valid e-mail address.')
  await expect(page.getByRole('checkbox')).toHaveAccessibleDescription('Please agree to the privacy notice to sign up.')

  // Nothing typed is cut silently: a name too long is kept whole and the message says by how much.
  await page.getByLabel('Your name').fill('A'.repeat(5000))
  await page.getByRole('button', { name: 'Sign up' }).click()
  await expect(page.getByLabel('Your name')).toHaveValue('A'.repeat(5000))
  await expect(summary.getByRole('listitem').first()).toHaveText('Please shorten this to 100 characters at most (it has 5000).')

  await page.getByLabel('Your name').fill('Amina Diallo')
  await page.getByLabel('E-mail').fill('amina@example.edu')
  await page.getByLabel('University').fill('Fudan University')
  await page.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Sign up' }).click()
  // The personal link comes by e-mail only, so nobody sees a ticket by typing someone else's address.
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible()
  await expect(page.locator('.received')).toContainText('We have sent your personal link to \u2068amina@example.edu\u2069.')
  await page.goto(`/signup/${await personalLinkToken(request, 'amina@example.edu')}`)
  await expect(page.getByRole('status')).toHaveText('You have a place. See you there!')
})

test('a name with emoji is a name', async ({ page }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  await page.goto(`/events/${eventId}`)
  await waitForHydration(page)
  await page.getByLabel('Your name').fill('Mia 🌸 Chen')
  await page.getByLabel('E-mail').fill('mia@example.edu')
  await page.getByLabel('University').fill('Tongji University')
  await page.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Sign up' }).click()
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible()
  expect(signupsFor(eventId)).toEqual([{ email: 'mia@example.edu', status: 'confirmed' }])
})

test.describe('when the form\'s own checks cannot be fetched', () => {
  // The checks load when the student starts on the form; here that one download fails, with no service worker to serve it.
  test.use({ serviceWorkers: 'block', expectedConsole: [[OFFLINE_LOAD_FAILURE, /status of 422 \(invalidInput\)/], { scope: 'test' }] })

  test('the server checks the sign-up instead, its refusal marks the field, and nothing typed is lost', async ({ page }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    await page.goto(`/events/${eventId}`)
    await waitForHydration(page)
    let refusedScripts = 0
    await page.route('**/_nuxt/*.js', async (route) => {
      const response = await route.fetch()
      if (!(await response.text()).includes('signupSchema')) return route.fulfill({ response })
      refusedScripts++
      return route.abort()
    })
    await page.getByLabel('Your name').fill('Wei Zhang')
    await page.getByLabel('E-mail').fill('wei@example.edu')
    await page.getByLabel('University').fill('T')
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Sign up' }).click()
    await expect(page.getByText('Some of what was sent is not valid. Check the marked fields and try again.')).toBeVisible()
    await expect(page.getByLabel('University')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Your name')).toHaveValue('Wei Zhang')
    expect(signupsFor(eventId)).toEqual([])
    expect(refusedScripts).toBeGreaterThan(0)

    await page.getByLabel('University').fill('Tongji University')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible()
    expect(signupsFor(eventId)).toEqual([{ email: 'wei@example.edu', status: 'confirmed' }])
  })
})

test('the error summary in Arabic, right to left', async ({ page, request }) => {
  const event = await demoEvent(request)
  await page.goto(`/ar/events/${event.id}`)
  await waitForHydration(page)
  await page.locator('form.signup button[type=submit]').click()
  const summary = page.getByRole('group', { name: 'يرجى مراجعة ما يلي قبل الإرسال:' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('listitem').first()).toHaveText('يرجى كتابة اسمك.')
})

test('a student signs up in Arabic, right to left', async ({ page, request }) => {
  const event = await demoEvent(request)
  await page.goto(`/ar/events/${event.id}`)
  await waitForHydration(page)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const form = page.locator('form.signup')
  const inputs = form.locator('input:not([type=checkbox])')
  await inputs.nth(0).fill('ليلى أحمد')
  await inputs.nth(1).fill('layla@example.edu')
  await inputs.nth(3).fill('جامعة شنغهاي')
  await form.getByRole('checkbox').check()
  await form.getByRole('button').click()
  await expect(page.locator('.received')).toContainText('layla@example.edu')
  let overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  // The e-mail is in Arabic, and so is its link.
  const token = await personalLinkToken(request, 'layla@example.edu')
  await page.goto(`/ar/signup/${token}`)
  await expect(page.getByRole('status')).toHaveClass(/confirmed/)
  overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('a cancellation promotes the first person on the waiting list at once', async ({ page, request }) => {
  const event = await demoEvent(request)
  const places = (await demoEvent(request)).placesLeft
  for (let n = 0; n < places; n++) {
    const response = await request.post(`/api/events/${event.id}/signups`, { data: student(`fill-${n}`) })
    expect(response.status()).toBe(202)
  }
  expect((await request.post(`/api/events/${event.id}/signups`, { data: student('waiting') })).status()).toBe(202)
  const waiting = { token: await personalLinkToken(request, student('waiting').email) }
  const firstConfirmed = await personalLinkToken(request, student('fill-0').email)

  await page.goto(`/signup/${waiting.token}`)
  await expect(page.getByRole('status')).toContainText('number 1 on the waiting list')

  await page.goto(`/signup/${firstConfirmed}`)
  await waitForHydration(page)
  page.once('dialog', dialog => dialog.accept())
  await page.getByRole('button', { name: 'Cancel my sign-up' }).click()
  await expect(page.getByRole('status')).toHaveText('This sign-up is cancelled.')

  await page.goto(`/signup/${waiting.token}`)
  await expect(page.getByRole('status')).toHaveText('You have a place. See you there!')
})

test('a student deletes their data from the personal link', async ({ page, request }) => {
  const event = await demoEvent(request)
  await request.post(`/api/events/${event.id}/signups`, { data: student('deleting') })
  await page.goto(`/signup/${await personalLinkToken(request, student('deleting').email)}`)
  await waitForHydration(page)
  page.once('dialog', dialog => dialog.accept())
  await page.getByRole('button', { name: 'Delete my data' }).click()
  await expect(page.getByRole('status')).toHaveText('Your data has been deleted.')
  await expect(page.getByRole('button', { name: 'Delete my data' })).toHaveCount(0)
})

test.describe('offline', () => {
  test.use({ expectedConsole: [OFFLINE_LOAD_FAILURE] })

  test('a sign-up made offline is kept, shown as waiting, and sent once when back online', async ({ page, context, request }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    await page.goto(`/events/${eventId}`)
    await waitForHydration(page)
    await serviceWorkerInControl(page)
    // The page that installed the service worker is stored right after, so that it reopens offline.
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href)))).toBe(true)
    await context.setOffline(true)
    await page.getByLabel('Your name').fill('Kwame Mensah')
    await page.getByLabel('E-mail').fill('kwame@example.edu')
    await page.getByLabel('University').fill('East China Normal University')
    await page.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Sign up' }).click()
    const waiting = page.getByRole('status').filter({ hasText: 'Waiting for a connection' })
    await expect(waiting).toBeVisible()
    await expect(waiting).toContainText('kwame@example.edu')
    expect(signupsFor(eventId)).toEqual([])

    // Still kept after the page is reloaded with no connection.
    await page.reload()
    await waitForHydration(page)
    await expect(waiting).toBeVisible()

    await context.setOffline(false)
    await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible({ timeout: 15_000 })
    expect(signupsFor(eventId)).toEqual([{ email: 'kwame@example.edu', status: 'confirmed' }])
    await page.goto(`/signup/${await personalLinkToken(request, 'kwame@example.edu')}`)
    await expect(page.getByRole('status')).toHaveText('You have a place. See you there!')
  })
})
