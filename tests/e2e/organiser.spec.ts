import { parse as parseCsv } from 'csv-parse/sync'
import { randomUUID } from 'node:crypto'
import type { EventSummary } from '../../shared/types/event'
import { INBOX_URL, ORGANISER } from '../../playwright.config'
import { insertPublishedEvent } from './support/events'
import { logInThroughForm } from './support/login'
import { test, expect } from './support/fixtures'

test.describe('without a session', () => {
  test('organiser routes answer 401', async ({ request }) => {
    const events = await (await request.get('/api/events')).json() as EventSummary[]
    for (const path of ['/api/organiser/events', `/api/organiser/events/${events[0]!.id}/attendees`, `/api/organiser/events/${events[0]!.id}/attendees.csv`]) {
      expect((await request.get(path)).status(), path).toBe(401)
    }
  })

  test('a wrong password gets 401 and a clear message', async ({ request }) => {
    const response = await request.post('/api/auth/login', { data: { email: ORGANISER.email, password: 'wrong' } })
    expect(response.status()).toBe(401)
    expect((await response.json()).statusMessage).toBe('badCredentials')
  })

  test('an event the organiser does not run is not shown to them', async ({ request }) => {
    const other = insertPublishedEvent({ capacity: 3 })
    await request.post('/api/auth/login', { data: ORGANISER })
    expect((await request.get(`/api/organiser/events/${other}/attendees`)).status()).toBe(404)
  })
})

test('an organiser logs in, checks people in and downloads the list', async ({ page, request }) => {
  const events = await (await request.get('/api/events')).json() as EventSummary[]
  const demo = events.find(e => e.walkSlug === 'yuyuan-road')!
  const email = `${randomUUID()}@example.edu`
  const signup = await request.post(`/api/events/${demo.id}/signups`, {
    data: { name: 'Zhang Min', email, contact: '', university: 'ECNU', language: 'zh', consent: true, idempotencyKey: randomUUID() },
  })
  expect(signup.status()).toBe(202)
  // The confirmation has gone through the outbox before the organiser opens the list.
  await expect.poll(async () => JSON.stringify(await (await request.get(INBOX_URL)).json())).toContain(email)

  await logInThroughForm(page, '/organiser', ORGANISER)
  await expect(page.getByRole('heading', { name: 'Your group walks' })).toBeVisible()
  await page.getByRole('link', { name: 'Yuyuan Road' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yuyuan Road')

  const outbox = page.locator('details.outbox')
  await outbox.locator('summary').click()
  await expect(outbox.locator('li', { hasText: email })).toContainText('愚园路')

  const person = page.locator('.person', { hasText: 'Zhang Min' })
  if (await person.getByRole('button').count()) {
    await person.getByRole('button', { name: 'Check in Zhang Min' }).click()
    await expect(person.getByRole('button', { name: 'Undo check-in for Zhang Min' })).toHaveAttribute('aria-pressed', 'true')
  }

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download the list (CSV)' }).click()
  const file = await (await download).path()
  const { readFileSync } = await import('node:fs')
  const csv = readFileSync(file, 'utf8')
  expect(csv.startsWith('\uFEFFwalk,starts_at_shanghai,name,email,wechat_or_phone,university,language,status,waiting_position,signed_up_at_shanghai,checked_in\r\n')).toBe(true)
  // Opened as a spreadsheet would (csv-parse: a row of another length or a stray quote throws): one record per sign-up, each field where its header says.
  const records = parseCsv(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[]
  expect(records.find(record => record.email === email)).toMatchObject({ walk: 'Yuyuan Road', name: 'Zhang Min', status: 'confirmed', waiting_position: '' })
  expect(csv.split('\r\n').find(line => line.includes(email))).toMatch(/^Yuyuan Road,\d{4}-\d\d-\d\d \d\d:\d\d,Zhang Min,/)
  expect(csv).toContain(email)
})
