import { TILE_ORIGIN } from '../../playwright.config'
import { test, expect, waitForHydration } from './support/fixtures'
import { insertPublishedEvent } from './support/events'
import { signUpStudent } from './support/organiserEvents'

test('pages carry a content security policy that still lets the map load its tiles', async ({ request }) => {
  const response = await request.get('/walks/yuyuan-road')
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain(`img-src 'self' data: blob: ${TILE_ORIGIN}`)
  expect(headers['content-security-policy']).toContain(`frame-ancestors 'none'`)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
})

test('answers for one person are never stored, and those reached by a secret link send no referrer', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const placed = await signUpStudent(request, eventId, 'Nadia Rahman')
  const personal = [
    `/api/signups/${placed.token}`, `/signup/${placed.token}`, `/ko/signup/${placed.token}`,
    '/api/_auth/session', '/api/organiser/events', '/organiser', '/studio', '/api/studio/status', '/studio/history', '/api/studio/history',
  ]
  for (const path of personal) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers()
    expect(headers['cache-control'], path).toBe('no-store')
  }
  for (const path of [`/api/signups/${placed.token}`, `/signup/${placed.token}`, `/ar/signup/${placed.token}`, '/studio/invite/not-a-real-invite']) {
    expect((await request.get(path)).headers()['referrer-policy'], path).toBe('no-referrer')
  }
  // Public pages and content may be cached as before.
  for (const path of ['/walks/yuyuan-road', '/api/walks/yuyuan-road?locale=en', `/events/${eventId}`]) {
    expect((await request.get(path)).headers()['cache-control'] ?? '', path).not.toContain('no-store')
  }
})

test.describe('inline scripts', () => {
  // The refusals below are what these tests expect the browser to report.
  test.use({ expectedConsole: [/Content Security Policy/] })

  test('a page runs only the inline scripts it was sent with, and names no framework', async ({ page, request }) => {
    const response = await request.get('/walks/yuyuan-road')
    const policy = response.headers()['content-security-policy']!
    const scripts = /script-src ([^;]+)/.exec(policy)![1]!
    expect(scripts).not.toContain('unsafe-inline')
    expect(scripts).toMatch(/'sha256-[\w+/=]+'/)
    expect(policy).toContain(`script-src-attr 'none'`)
    expect(response.headers()['x-powered-by']).toBeUndefined()

    await page.goto('/walks/yuyuan-road')
    await waitForHydration(page)
    const ran = await page.evaluate(async () => {
      const injected = document.createElement('script')
      injected.textContent = 'window.__injected = true'
      document.body.append(injected)
      const handler = document.createElement('img')
      handler.setAttribute('onerror', 'window.__handler = true')
      handler.src = 'data:,broken'
      document.body.append(handler)
      await new Promise(done => setTimeout(done, 300))
      const flags = window as { __injected?: boolean, __handler?: boolean }
      return { injected: Boolean(flags.__injected), handler: Boolean(flags.__handler) }
    })
    expect(ran).toEqual({ injected: false, handler: false })
  })
})

test('a refusal carries the security headers too', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const refused = await request.post(`/api/events/${eventId}/signups`, { headers: { origin: 'https://evil.example' }, data: {} })
  expect(refused.status()).toBe(403)
  expect(refused.headers()['content-security-policy']).toContain(`frame-ancestors 'none'`)
  expect(refused.headers()['x-content-type-options']).toBe('nosniff')
})
