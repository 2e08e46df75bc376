import { randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'
import { insertPublishedEvent } from './support/events'
import { test, expect } from './support/fixtures'

const valid = () => ({ name: 'Li Wei', email: 'li.wei@example.edu', contact: '', university: 'Fudan University', language: 'en', consent: true, idempotencyKey: randomUUID() })
const SQL = ['\'; DROP TABLE signups; --', '1 OR 1=1', '" OR ""="', 'x\'); DELETE FROM events; --', 'UNION SELECT * FROM users --']
const HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '{{7*7}}']
/** Emoji are welcome in names, so the bombs are refused only for being more than 100 characters. */
const ODD = ['\u0000', '\u202Eevil', 'a\u200Bb\u0007', '\uFFFF', '💣'.repeat(101), ' '.repeat(10), '\n\n', 'ab\u0008c']
const WRONG_TYPES = [null, 42, true, [], {}, ['a'], -1.5]

/** More than a hundred requests that must each be refused with a clear 4xx and store nothing. */
function hostileBodies(): { label: string, body: unknown }[] {
  const cases: { label: string, body: unknown }[] = []
  for (const field of ['name', 'email', 'contact', 'university', 'language', 'consent', 'idempotencyKey'] as const) {
    for (const value of WRONG_TYPES.filter(v => !(field === 'consent' && v === true))) {
      cases.push({ label: `${field} = ${JSON.stringify(value)}`, body: { ...valid(), [field]: value } })
    }
    const { [field]: _dropped, ...missing } = valid()
    if (field !== 'contact') cases.push({ label: `no ${field}`, body: missing })
  }
  for (const value of [...SQL, ...HTML]) {
    cases.push({ label: `name ${value}`, body: { ...valid(), name: value } })
    cases.push({ label: `email ${value}`, body: { ...valid(), email: value } })
    cases.push({ label: `university ${value}`, body: { ...valid(), university: value } })
  }
  for (const value of ODD) cases.push({ label: `odd name ${JSON.stringify(value)}`, body: { ...valid(), name: value } })
  cases.push(
    { label: 'name too long', body: { ...valid(), name: 'a'.repeat(101) } },
    { label: 'email too long', body: { ...valid(), email: `${'a'.repeat(250)}@example.edu` } },
    { label: 'consent false', body: { ...valid(), consent: false } },
    { label: 'unknown language', body: { ...valid(), language: 'de' } },
    { label: 'extra field', body: { ...valid(), status: 'confirmed' } },
    { label: 'array body', body: [valid()] },
    { label: 'string body', body: 'hello' },
    { label: 'empty object', body: {} },
  )
  return cases
}

function signupCount(eventId: string): number {
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM signups WHERE event_id = ?').get(eventId) as { n: number }).n
  }
  finally {
    db.close()
  }
}

test('hostile and malformed sign-ups get a clear 4xx and store nothing', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 10 })
  const cases = hostileBodies()
  expect(cases.length).toBeGreaterThanOrEqual(100)
  for (const { label, body } of cases) {
    const response = await request.post(`/api/events/${eventId}/signups`, { data: body as object })
    expect(response.status(), label).toBeGreaterThanOrEqual(400)
    expect(response.status(), label).toBeLessThan(500)
    expect((await response.json()).statusMessage, label).toMatch(/^[a-zA-Z]+$/)
  }
  expect(signupCount(eventId)).toBe(0)
})

test('hidden characters, line breaks and unknown fields in a sign-up are refused, naming the field', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 10 })
  const cases: [object, string[]][] = [
    ...['\u0000', '\u202E', '\u2067', '\u0085', '\u001B', '\uDC00', '\r\n', '\n', '\r', '\t', '\u2028'].flatMap(hidden => [
      [{ ...valid(), name: `Li${hidden}Wei` }, ['name']],
      [{ ...valid(), university: `Fudan${hidden}University` }, ['university']],
      [{ ...valid(), contact: `wx${hidden}li` }, ['contact']],
    ] as [object, string[]][]),
    [{ ...valid(), status: 'confirmed' }, ['status']],
    [{ ...valid(), checkinCode: 'ABC123', seq: 1 }, ['checkinCode', 'seq']],
  ]
  for (const [body, fields] of cases) {
    const response = await request.post(`/api/events/${eventId}/signups`, { data: body })
    expect(response.status(), JSON.stringify(body)).toBe(422)
    expect((await response.json()).data.fields, JSON.stringify(body)).toEqual(fields)
  }
  const login = await request.post('/api/auth/login', { data: { email: 'organiser@example.org', password: 'x', role: 'organiser' } })
  expect((await login.json()).data.fields).toEqual(['role'])
  expect(signupCount(eventId)).toBe(0)
})

test('oversized, non-JSON, cross-site and mis-addressed requests are refused', async ({ request, baseURL }) => {
  const eventId = insertPublishedEvent({ capacity: 10 })
  const url = `/api/events/${eventId}/signups`
  const huge = await request.post(url, { data: { ...valid(), name: 'a'.repeat(100_000) } })
  expect(huge.status()).toBe(413)
  const form = await request.post(url, { form: { name: 'x' } })
  expect(form.status()).toBe(415)
  const broken = await request.post(url, { headers: { 'content-type': 'application/json' }, data: '{"name": ' })
  expect(broken.status()).toBeGreaterThanOrEqual(400)
  expect(broken.status()).toBeLessThan(500)
  const crossSite = await request.post(url, { data: valid(), headers: { origin: 'https://evil.example.com' } })
  expect(crossSite.status()).toBe(403)
  const fetchSite = await request.post(url, { data: valid(), headers: { 'sec-fetch-site': 'cross-site' } })
  expect(fetchSite.status()).toBe(403)
  for (const path of ['/api/events/not-a-uuid/signups', `/api/events/${randomUUID()}/signups`, `/api/signups/short/cancel`, `/api/signups/${'x'.repeat(32)}/cancel`]) {
    const response = await request.post(path, { data: valid() })
    expect(response.status(), path).toBeGreaterThanOrEqual(400)
    expect(response.status(), path).toBeLessThan(500)
  }
  expect(signupCount(eventId)).toBe(0)
  expect(baseURL).toContain('127.0.0.1')
})

test('hostile logins and logouts get a clear 4xx and log nobody in', async ({ request }) => {
  const good = { email: 'organiser@example.org', password: 'x' }
  const bodies: unknown[] = [
    ...WRONG_TYPES.flatMap(value => [{ ...good, email: value }, { ...good, password: value }]),
    ...[...SQL, ...HTML, ...ODD].map(value => ({ email: value, password: value })),
    { email: 'organiser@example.org' }, { password: 'x' }, {}, [good], 'hello',
    { ...good, password: 'p'.repeat(201) }, { ...good, role: 'organiser' }, { ...good, email: 'ORGANISER@example.org ', password: '' },
  ]
  for (const body of bodies) {
    const response = await request.post('/api/auth/login', { data: body as object })
    expect(response.status(), JSON.stringify(body)).toBeGreaterThanOrEqual(400)
    expect(response.status(), JSON.stringify(body)).toBeLessThan(500)
    expect((await response.json()).data?.key, JSON.stringify(body)).toMatch(/^(invalidInput|badCredentials)$/)
    expect(response.headers()['set-cookie'] ?? '', JSON.stringify(body)).not.toContain('nuxt-session=Fe26')
  }
  // Logging out with no session, or a forged cookie, is harmless.
  for (const cookie of ['', 'nuxt-session=forged', `nuxt-session=${'A'.repeat(4000)}`]) {
    const response = await request.post('/api/auth/logout', { headers: cookie ? { cookie } : {} })
    expect(response.status(), cookie.slice(0, 30)).toBeLessThan(500)
  }
})
