import { postChunked } from './support/chunkedPost'
import { test, expect } from './support/fixtures'

const ROUTE = '/__nuxt_content/stops/query'
const json = { 'content-type': 'application/json' }
const sql = (query: string) => JSON.stringify({ sql: query })

/** Requests to @nuxt/content's public query route that its handler cannot use: each must be refused with a 4xx. */
const MALFORMED: { label: string, method?: string, path?: string, headers?: Record<string, string>, body?: string | Buffer }[] = [
  { label: 'not JSON', headers: json, body: '{"sql": ' },
  { label: 'plain text', headers: { 'content-type': 'text/plain' }, body: 'SELECT 1' },
  { label: 'no content type', headers: {}, body: sql('SELECT * FROM _content_stops ORDER BY stem ASC') },
  { label: 'empty body', headers: json, body: '' },
  { label: 'JSON null', headers: json, body: 'null' },
  { label: 'JSON array', headers: json, body: '[1, 2]' },
  { label: 'JSON string', headers: json, body: '"SELECT"' },
  { label: 'no sql', headers: json, body: '{}' },
  { label: 'sql a number', headers: json, body: '{"sql": 5}' },
  { label: 'sql and more', headers: json, body: JSON.stringify({ sql: 'SELECT * FROM _content_stops ORDER BY stem ASC', params: [1] }) },
  { label: 'not a SELECT', headers: json, body: sql('DROP TABLE _content_stops') },
  { label: 'an INSERT', headers: json, body: sql('INSERT INTO _content_stops VALUES (1)') },
  { label: 'another collection\'s table', headers: json, body: sql('SELECT * FROM _content_walks ORDER BY stem ASC') },
  { label: 'the info table', headers: json, body: sql('SELECT * FROM _content_info ORDER BY stem ASC') },
  { label: 'an unknown column', headers: json, body: sql('SELECT * FROM _content_stops ORDER BY nope ASC') },
  { label: 'a WHERE on an unknown column', headers: json, body: sql('SELECT * FROM _content_stops WHERE ("nope" = 1) ORDER BY stem ASC') },
  { label: 'a comment', headers: json, body: sql('SELECT * FROM _content_stops ORDER BY stem ASC -- x') },
  { label: 'a huge query', headers: json, body: sql(`SELECT * FROM _content_stops WHERE ("stem" = '${'a'.repeat(700_000)}') ORDER BY stem ASC`) },
  { label: 'GET', method: 'GET' },
  { label: 'PUT', method: 'PUT', headers: json, body: sql('SELECT * FROM _content_stops ORDER BY stem ASC') },
  { label: 'DELETE', method: 'DELETE' },
  { label: 'an unknown collection', path: '/__nuxt_content/nope/query', headers: json, body: sql('SELECT * FROM _content_nope ORDER BY stem ASC') },
  { label: 'an encoded collection name', path: '/__nuxt_content/%73tops/query', headers: json, body: '{}' },
  { label: 'a trailing slash', path: `${ROUTE}/`, headers: json, body: '{}' },
  { label: 'a query string', path: `${ROUTE}?v=1`, headers: json, body: '{}' },
]

test('content\'s public query route answers malformed requests with a 4xx, never a 5xx', async ({ request }) => {
  for (const { label, method = 'POST', path = ROUTE, headers, body } of MALFORMED) {
    const response = await request.fetch(path, { method, headers, data: body })
    expect(response.status(), label).toBeGreaterThanOrEqual(400)
    expect(response.status(), label).toBeLessThan(500)
  }
})

test('the queries the server itself makes still work, so every page has its content', async ({ request, page }) => {
  const response = await request.post(ROUTE, { headers: json, data: sql('SELECT * FROM _content_stops ORDER BY stem ASC') })
  expect(response.status()).toBe(200)
  expect((await response.json() as unknown[]).length).toBeGreaterThan(3)
  await page.goto('/walks/yuyuan-road')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yuyuan Road')
})

test.describe('malformed addresses', () => {
  // The browser logs the 404 document itself as a failed resource.
  test.use({ expectedConsole: [/status of 404/] })

  test('a page address with a malformed name or id is not found, not a server error', async ({ page }) => {
    for (const path of ['/events/not-a-uuid', '/events/%00', '/walks/%E2%80%AE', '/walks/yuyuan-road/%00', '/signup/short', '/fr/events/x']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
    }
  })

  test('a studio address naming no language is answered, not a server error', async ({ request }) => {
    for (const path of ['/studio/edit/x/y/z', '/studio/edit/stop/qian-xuesen-residence/%00']) {
      expect((await request.get(path)).status(), path).toBeLessThan(500)
    }
  })
})

// Sent as a real stream: Playwright would add a Content-Length beside Transfer-Encoding, which Node's parser refuses by closing at once.
test('content\'s public query route answers a huge body without a length with a 4xx, not a reset', async ({ baseURL }) => {
  const answer = await postChunked(`${baseURL}${ROUTE}`, 2_000_000, { 'content-type': 'application/json', 'accept': 'application/json' })
  expect(answer.error).toBeNull()
  expect(answer.status).toBeGreaterThanOrEqual(400)
  expect(answer.status).toBeLessThan(500)
})
