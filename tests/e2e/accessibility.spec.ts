import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, waitForHydration } from './support/fixtures'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { insertPublishedEvent } from './support/events'
import { moveWalkIntoPast } from '../support/pastWalk'

/*
 * axe (WCAG 2.2 A and AA, and its best practices) over every page the app has, in English and in Arabic
 * (right to left), each in the state a visitor meets it: a student's pages, an organiser's and a volunteer's.
 */
test.describe.configure({ timeout: 180_000 })

const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** Each violation as `rule: target (summary)`, so a failure says what to fix and where. */
async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(RULES).analyze()
  return violations.flatMap(violation => violation.nodes.map(node => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help})`))
}

async function expectAccessible(page: Page, path: string, ready?: string, prepare?: () => Promise<unknown>) {
  await page.goto(path)
  await waitForHydration(page)
  // Parts below the fold hydrate as they come into view: scanned as a reader scrolling down has met them.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await prepare?.()
  if (ready) await page.locator(ready).first().waitFor()
  await page.waitForTimeout(300)
  // Back at the top, so nothing is scanned as hidden under the sticky header.
  await page.evaluate(() => window.scrollTo(0, 0))
  expect.soft(await violationsOn(page), path).toEqual([])
}

for (const locale of ['en', 'ar'] as const) {
  const at = (path: string) => (locale === 'en' ? path || '/' : `/${locale}${path}`)

  test(`a student's pages have no axe violations in ${locale}`, async ({ page }) => {
    const eventId = insertPublishedEvent({ capacity: 1 })
    const confirmed = await signUpStudent(page.request, eventId, 'Amal Haddad')
    const waiting = await signUpStudent(page.request, eventId, 'Li Wei')
    expect([confirmed.status, waiting.status]).toEqual(['confirmed', 'waiting'])
    await expectAccessible(page, at(''))
    await expectAccessible(page, at('/walks/yuyuan-road'))
    // With its tile map opened, markers included.
    await expectAccessible(page, at('/walks/yuyuan-road'), '.leaflet-marker-icon', () => page.locator('.map-section button').first().click())
    await expectAccessible(page, at('/walks/yuyuan-road/qian-xuesen-residence'))
    await expectAccessible(page, at('/walks/suzhou-creek/ecupl-st-johns-campus'))
    await expectAccessible(page, at('/walks/suzhou-creek/qr'))
    await expectAccessible(page, at('/walks/yuyuan-road/sheet'))
    await expectAccessible(page, at('/story'))
    await expectAccessible(page, at(`/events/${eventId}`))
    await expectAccessible(page, at(`/events/${eventId}`), '.meeting-marker', () => page.locator('.map-section button').first().click())
    await expectAccessible(page, at(`/signup/${confirmed.token}`), '.ticket')
    await expectAccessible(page, at(`/signup/${waiting.token}`))

    // After the walk: the personal page holds the reflection form; the live page says the walk is not live.
    moveWalkIntoPast(process.env.E2E_DATABASE_FILE!, eventId)
    await expectAccessible(page, at(`/signup/${confirmed.token}`), 'section.reflection textarea')
    await expectAccessible(page, at(`/live/${confirmed.token}`), '#where-heading')
  })

  test(`an organiser's and a volunteer's pages have no axe violations in ${locale}`, async ({ page }) => {
    await expectAccessible(page, at('/organiser'), 'form')
    await logInOrganiser(page.request)
    const eventId = await createOwnEvent(page.request)
    await signUpStudent(page.request, eventId, 'Min-jun Kim')
    await expectAccessible(page, at('/organiser'))
    await expectAccessible(page, at('/organiser/events/new'), 'form')
    await expectAccessible(page, at(`/organiser/events/${eventId}`))
    await expectAccessible(page, at(`/organiser/events/${eventId}/edit`), 'form')
    await expectAccessible(page, at(`/organiser/events/${eventId}/live`))
    await expectAccessible(page, at(`/organiser/events/${eventId}/reflections`))
    await expectAccessible(page, at('/studio'))
    await expectAccessible(page, at('/studio/status'), '.status-card')
    await expectAccessible(page, at('/studio/volunteers'))
    await expectAccessible(page, at('/studio/history'))
    await expectAccessible(page, at('/studio/new-stop'), 'form')
    await expectAccessible(page, at('/studio/new-walk'), 'form')
    await expectAccessible(page, at('/studio/edit/stop/qian-xuesen-residence/fr'), 'textarea')
  })

  test.describe(() => {
    // Pages of things that do not exist: the browser logs the refusal.
    test.use({ expectedConsole: [/status of 404/] })
    test(`"not found" pages have no axe violations in ${locale}`, async ({ page }) => {
      await expectAccessible(page, at('/walks/no-such-walk'))
      await expectAccessible(page, at('/studio/invite/not-a-real-invitation'))
    })
  })
}
