import { randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { test, expect, waitForHydration } from './support/fixtures'

/** Each would run `window.__xss = 1` if a page put it into its HTML unescaped (the CSP admits inline scripts). */
const IMG = '<img src=x onerror=window.__xss=1>'
const SCRIPT = '"><script>window.__xss=1</script>'

/** Stores a name and university straight in the database, as if the sign-up form had let them through. */
function storeAsStudent(token: string, name: string, university: string) {
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!)
  try {
    db.prepare('UPDATE signups SET name = ?, university = ? WHERE token = ?').run(name, university, token)
  }
  finally {
    db.close()
  }
}

async function expectNothingRan(page: Page) {
  // An onerror handler runs once the broken image has failed to load; give it the time to.
  await page.waitForLoadState('load')
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  // The page's data goes to the browser as JSON in a script of type application/json, which never runs.
  const runnable = page.locator('script:not([type="application/json"])')
  expect(await runnable.evaluateAll(scripts => scripts.filter(s => s.textContent?.includes('__xss')).length)).toBe(0)
}

test('markup stored as a student\'s name and university, or an event\'s texts, is shown as text and never runs', async ({ page }) => {
  await logInOrganiser(page.request)
  const eventId = await createOwnEvent(page.request, { descriptions: { en: `${IMG} ${SCRIPT}` }, meetingNote: { en: SCRIPT }, capacity: 10 })
  storeAsStudent((await signUpStudent(page.request, eventId, 'First Student')).token, IMG, SCRIPT)
  storeAsStudent((await signUpStudent(page.request, eventId, 'Second Student')).token, SCRIPT, IMG)

  // The organiser's attendee list, rendered on the server and hydrated.
  await page.goto(`/organiser/events/${eventId}`)
  await waitForHydration(page)
  const people = page.locator('.person')
  await expect(people).toHaveCount(2)
  await expect(people.locator('strong')).toHaveText([IMG, SCRIPT])
  await expect(people.nth(0)).toContainText(SCRIPT)
  await expect(people.nth(1)).toContainText(IMG)
  await expectNothingRan(page)

  // The event's card on the home page, then its page, rendered in the browser after a click…
  await page.goto('/')
  await waitForHydration(page)
  const card = page.locator('.event-card', { hasText: `${IMG} ${SCRIPT}` })
  await expect(card.locator('.description')).toHaveText(`${IMG} ${SCRIPT}`)
  await expectNothingRan(page)
  await card.getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`))
  await expect(page.getByText(`${IMG} ${SCRIPT}`, { exact: true })).toBeVisible()
  await expect(page.getByText(SCRIPT, { exact: true })).toBeVisible()
  await expectNothingRan(page)

  // …and on the server, where the description also goes into a meta tag's attribute.
  await page.reload()
  await waitForHydration(page)
  await expect(page.getByText(`${IMG} ${SCRIPT}`, { exact: true })).toBeVisible()
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', `${IMG} ${SCRIPT}`)
  await expectNothingRan(page)
})

test('markup a volunteer chooses as their name, which the invite form allows, is shown as text and never runs', async ({ page, request }) => {
  await logInOrganiser(request)
  const invite = await (await request.post('/api/organiser/invites', { data: { email: `${randomUUID()}@example.edu` } })).json() as { url: string }
  const name = `${IMG}${SCRIPT}`
  const accepted = await page.request.post(`/api/invites/${invite.url.split('/').pop()}`, { data: { name, password: 'a volunteer password' } })
  expect(accepted.ok()).toBe(true)

  await page.goto('/organiser')
  await waitForHydration(page)
  await expect(page.locator('.who span')).toHaveText(`Signed in as ${name}`)
  await expectNothingRan(page)
})
