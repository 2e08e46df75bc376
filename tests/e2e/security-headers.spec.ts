import { TILE_ORIGIN } from '../../playwright.config'
import { test, expect } from './support/fixtures'
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
    '/api/_auth/session', '/api/organiser/events', '/organiser', '/studio', '/api/studio/status',
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
