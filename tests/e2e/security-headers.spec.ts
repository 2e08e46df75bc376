import { TILE_ORIGIN } from '../../playwright.config'
import { test, expect } from './support/fixtures'

test('pages carry a content security policy that still lets the map load its tiles', async ({ request }) => {
  const response = await request.get('/walks/yuyuan-road')
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain(`img-src 'self' data: blob: ${TILE_ORIGIN}`)
  expect(headers['content-security-policy']).toContain(`frame-ancestors 'none'`)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
})
