import type { Page } from '@playwright/test'
import { insertPublishedEvent } from './support/events'
import { readQr } from './support/qrImage'
import { signUpStudent } from './support/organiserEvents'
import { OFFLINE_LOAD_FAILURE, serviceWorkerInControl, test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

test('a confirmed student sees a QR ticket with a code to read aloud; the waiting list has none', async ({ page, request }) => {
  const eventId = insertPublishedEvent({ capacity: 1 })
  const placed = await signUpStudent(request, eventId, 'Nadia Haddad')
  const waiting = await signUpStudent(request, eventId, 'Omar Saleh')
  expect(placed.ticket?.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
  // The QR holds the check-in code only: the personal-link token (which can cancel) is never on the ticket.
  expect(placed.ticket!.code.replace(/-/g, '')).not.toBe(placed.token)
  expect(waiting.ticket).toBeNull()

  await page.goto(`/signup/${placed.token}`)
  await waitForHydration(page)
  const ticket = page.getByRole('region', { name: 'Your ticket: show it at the meeting point' })
  await expect(ticket).toContainText('Nadia Haddad')
  await expect(ticket).toContainText('Suzhou Creek')
  await expect(ticket.locator('.code')).toHaveText(placed.ticket!.code)
  const qr = ticket.getByRole('img', { name: `QR code of ticket ${placed.ticket!.code}` })
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(250)
  // What a camera reads from the drawn code is the ticket code, nothing more.
  const drawn = { size: Number((await qr.getAttribute('viewBox'))!.split(' ')[2]), path: (await qr.locator('path').getAttribute('d'))! }
  expect(readQr(drawn)).toBe(placed.ticket!.code)

  // Where to be, a way to the map, and the walk in the student's calendar.
  const plan = page.getByRole('region', { name: 'Meeting point' })
  await expect(plan.getByRole('link', { name: 'See the meeting point and the route on the map' })).toHaveAttribute('href', `/events/${eventId}`)
  const download = page.waitForEvent('download')
  await plan.getByRole('link', { name: 'Add to my calendar' }).click()
  const ics = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  })
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain('STATUS:CONFIRMED')
  expect(ics).toMatch(/SUMMARY:[^\r\n]*Suzhou Creek/)
  await expect(page.getByText('We e-mailed you this page\'s link.')).toBeVisible()

  await page.goto(`/signup/${waiting.token}`)
  await expect(page.getByRole('status')).toContainText('waiting list')
  await expect(page.locator('.ticket')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Add to my calendar' })).toHaveCount(0)
  // Nobody waiting gets the walk into their calendar by asking for it either.
  const refused = await request.get(`/api/signups/${waiting.token}/calendar`)
  expect(refused.status()).toBe(409)
  expect((await refused.json()).data.key).toBe('noPlaceToCalendar')
})

test.describe('in Arabic', () => {
  test.use({ locale: 'ar' })

  test('the ticket reads right to left and fits a phone', async ({ page, request }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    const placed = await signUpStudent(request, eventId, 'ليلى أحمد')
    await page.goto(`/ar/signup/${placed.token}`)
    await waitForHydration(page)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const ticket = page.getByRole('region', { name: 'تذكرتك: اعرضها عند نقطة التجمع' })
    await expect(ticket).toContainText('ليلى أحمد')
    // The code stays left to right inside the Arabic page, as it is read out.
    await expect(ticket.locator('.code')).toHaveAttribute('dir', 'ltr')
    await expectNoHorizontalScroll(page)
    await page.screenshot({ path: 'reports/screens/ticket-ar.png', fullPage: true })
  })
})

test.describe('with no connection', () => {
  test.use({ expectedConsole: [OFFLINE_LOAD_FAILURE] })

  /** Copies of the personal page in the service worker's page cache. */
  const savedPages = (page: Page, token: string) => page.evaluate(async (token) => {
    const cache = await caches.open('citywalk-pages')
    return (await cache.keys()).filter(request => request.url.endsWith(`/signup/${token}`)).length
  }, token)

  test('the ticket is shown from the phone, never from a stored copy of the page, and a cancellation removes it', async ({ page, request, context }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    const placed = await signUpStudent(request, eventId, 'Kim Soo-ah')
    const offlineNote = page.getByText('No connection: this ticket is saved on this phone and shown offline.')
    const answer = await page.goto(`/signup/${placed.token}`)
    // Nobody else using this phone or a proxy gets the personal page, and its link never leaves in a Referer.
    expect(answer!.headers()['cache-control']).toBe('no-store')
    expect(answer!.headers()['referrer-policy']).toBe('no-referrer')
    await waitForHydration(page)
    await expect(page.locator('.ticket .code')).toHaveText(placed.ticket!.code)
    await expect(offlineNote).toHaveCount(0)
    await serviceWorkerInControl(page)
    await page.reload()
    await waitForHydration(page)
    expect(await savedPages(page, placed.token)).toBe(0)

    // Offline, the app shell boots, the data request fails, and the ticket comes from the app's own store.
    await context.setOffline(true)
    await page.reload()
    await waitForHydration(page)
    await expect(offlineNote).toBeVisible()
    await expect(page.locator('.ticket .code')).toHaveText(placed.ticket!.code)
    await expect(page.locator('.ticket')).toContainText('Kim Soo-ah')
    await expect(page.getByRole('button', { name: 'Cancel my sign-up' })).toHaveCount(0)
    expect(await savedPages(page, placed.token)).toBe(0)

    await context.setOffline(false)
    await page.reload()
    await waitForHydration(page)
    await expect(offlineNote).toHaveCount(0)
    page.once('dialog', dialog => dialog.accept())
    await page.getByRole('button', { name: 'Cancel my sign-up' }).click()
    await expect(page.locator('.status')).toHaveText('This sign-up is cancelled.')
    await expect(page.locator('.ticket')).toHaveCount(0)
    expect(await page.evaluate(token => localStorage.getItem(`citywalk:ticket:${token}`), placed.token)).toBeNull()
  })

  test('within the app, a failed data request falls back to the saved ticket', async ({ page, request, context }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    const placed = await signUpStudent(request, eventId, 'Dmitri Volkov')
    await page.goto(`/signup/${placed.token}`)
    await waitForHydration(page)
    await page.getByRole('link', { name: 'See all walks' }).click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Your sign-up')
    await context.setOffline(true)
    await page.goBack()
    await expect(page.getByText('No connection: this ticket is saved on this phone and shown offline.')).toBeVisible()
    await expect(page.locator('.ticket .code')).toHaveText(placed.ticket!.code)
  })
})
