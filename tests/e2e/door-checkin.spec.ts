import { checkinCodeOf, insertPublishedEvent } from './support/events'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

test.describe('at the door', () => {
  // Refused tickets are 4xx answers, which the browser logs.
  test.use({ expectedConsole: [/status of 40[49]/] })

  test('an organiser types ticket codes: in, again, another walk, the waiting list, typos', async ({ page, request }) => {
    await logInOrganiser(page.request)
    const eventId = await createOwnEvent(page.request, { capacity: 1 })
    const placed = await signUpStudent(request, eventId, 'Li Wei')
    const waiting = await signUpStudent(request, eventId, 'Ana Souza')
    const elsewhere = await signUpStudent(request, insertPublishedEvent({ capacity: 5 }), 'Someone Else')
    expect(waiting.ticket).toBeNull()

    await page.goto(`/organiser/events/${eventId}`)
    await waitForHydration(page)
    const result = page.locator('.scanner [role=status]')
    const checkedIn = page.locator('.counts div', { hasText: 'Checked in' }).locator('dd')
    const type = async (code: string) => {
      await page.getByLabel('Or type the ticket code').fill(code)
      await page.getByRole('button', { name: 'Check in', exact: true }).click()
    }

    await type(placed.ticket!.code.toLowerCase().replace(/-/g, ' '))
    await expect(result).toContainText('Li Wei')
    await expect(result).toContainText('Checked in. Welcome!')
    await expect(page.getByRole('button', { name: 'Undo check-in for Li Wei' })).toHaveAttribute('aria-pressed', 'true')
    await expect(checkedIn).toHaveText('1')
    await expect(page.getByLabel('Or type the ticket code')).toHaveValue('')

    await type(placed.ticket!.code)
    await expect(result).toContainText('Already checked in: nothing changed.')

    await type(elsewhere.ticket!.code)
    await expect(result).toHaveText('This ticket is for another group walk.')

    await type(checkinCodeOf(waiting.token))
    await expect(result).toHaveText('On the waiting list, without a place: not checked in.')

    await type('7K3M-Q9XD')
    await expect(result).toHaveText('Not a ticket code: it has 12 letters and digits, like 7K3M-Q9XD-2HFP.')

    await type('ZZZZ-ZZZZ-ZZZZ')
    await expect(result).toHaveText('Unknown ticket code. Check it and try again.')
    await expect(checkedIn).toHaveText('1')
    // Waiting, she cannot be checked in from the list either; she can only be given a place.
    const ana = page.locator('.person', { hasText: 'Ana Souza' })
    await expect(ana.getByRole('button', { name: /^Check in/ })).toHaveCount(0)
    await ana.locator('summary', { hasText: 'Move' }).click()
    await expect(ana.getByRole('button')).toHaveText(['Give a place'])
  })
})

test.describe('in Arabic', () => {
  test.use({ locale: 'ar', expectedConsole: [/status of 409/] })

  test('the check-in panel speaks Arabic and fits a phone', async ({ page, request }) => {
    await logInOrganiser(page.request)
    const eventId = await createOwnEvent(page.request)
    const placed = await signUpStudent(request, eventId, 'Yusuf Karim')
    const elsewhere = await signUpStudent(request, insertPublishedEvent({ capacity: 5 }), 'Someone Else')
    await page.goto(`/ar/organiser/events/${eventId}`)
    await waitForHydration(page)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByRole('button', { name: 'مسح التذاكر' })).toBeVisible()
    const field = page.getByLabel('أو اكتب رمز التذكرة')
    const result = page.locator('.scanner [role=status]')
    await field.fill(elsewhere.ticket!.code)
    await page.getByRole('button', { name: 'تسجيل الحضور', exact: true }).click()
    await expect(result).toHaveText('هذه التذكرة لجولة جماعية أخرى.')
    await field.fill(placed.ticket!.code)
    await page.getByRole('button', { name: 'تسجيل الحضور', exact: true }).click()
    await expect(result).toContainText('تم تسجيل الحضور. أهلًا بك!')
    await expectNoHorizontalScroll(page)
    await page.screenshot({ path: 'reports/screens/scanner-ar.png', fullPage: true })
  })
})

test('the check-in route answers only the event\'s organiser, and bad codes change nothing', async ({ playwright, baseURL, request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const placed = await signUpStudent(request, eventId, 'Zhou Yan')
  expect((await request.post(`/api/organiser/events/${eventId}/checkin`, { data: { code: placed.ticket!.code } })).status()).toBe(401)

  const organiser = await playwright.request.newContext({ baseURL })
  await logInOrganiser(organiser)
  // An event this organiser does not run does not exist for them.
  expect((await organiser.post(`/api/organiser/events/${eventId}/checkin`, { data: { code: placed.ticket!.code } })).status()).toBe(404)

  const own = await createOwnEvent(organiser)
  const hostile = [
    null, 42, true, [], {}, ['7K3MQ9XD2HFP'], 'x'.repeat(65), '7K3M-Q9XD-2HF', '7K3M-Q9XD-2HFU', '\u202E7K3MQ9XD2HFP',
    '\'; DROP TABLE signups; --', '1 OR 1=1', '<script>alert(1)</script>', '"><svg onload=alert(1)>', placed.token,
  ].map(code => ({ code }))
  for (const data of [{}, ...hostile, { code: placed.ticket!.code, extra: true }]) {
    const response = await organiser.post(`/api/organiser/events/${own}/checkin`, { data })
    expect(response.status(), JSON.stringify(data)).toBe(422)
    expect((await response.json()).data.key).toBe('invalidInput')
  }
  const stranger = await organiser.post(`/api/organiser/events/${own}/checkin`, { data: { code: placed.ticket!.code } })
  expect(stranger.status()).toBe(409)
  expect((await stranger.json()).data.key).toBe('ticketOtherEvent')
  const list = await (await organiser.get(`/api/organiser/events/${own}/attendees`)).json()
  expect(list.event.counts.checkedIn).toBe(0)
  await organiser.dispose()
})
