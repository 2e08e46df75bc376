import { request as httpRequest } from 'node:http'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { ORGANISER } from '../../playwright.config'
import { insertPublishedEvent } from './support/events'
import { mailTo } from './support/inbox'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { startOwnServer } from './support/ownServer'

const FORGED = { 'host': 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }

/** A POST with headers a browser could never send (Host), as an attacker's script sends it. */
function forgedPost(baseURL: string, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(path, baseURL)
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (answer) => {
      answer.resume()
      resolve(answer.statusCode ?? 0)
    })
    sent.on('error', reject)
    sent.end('{}')
  })
}

test('links in e-mails name the configured site, whatever Host or X-Forwarded-Host a request claims', async ({ request, baseURL }) => {
  const eventId = insertPublishedEvent({ capacity: 1 })
  const first = await signUpStudent(request, eventId, 'First Student')
  const waiting = await signUpStudent(request, eventId, 'Waiting Student')
  expect(waiting.status).toBe('waiting')

  // The cancellation that promotes the waiting student, sent as if to another site.
  expect(await forgedPost(baseURL!, `/api/signups/${first.token}/cancel`, FORGED)).toBe(200)
  await expect.poll(async () => (await mailTo(request, waiting.email)).length, { timeout: 15_000 }).toBe(2)
  for (const mail of [...await mailTo(request, waiting.email), ...await mailTo(request, first.email)]) {
    expect(mail.text).not.toContain('evil.example')
    expect(mail.text).toContain(`${baseURL}/`)
  }
})

test('a request from another site is refused even when it claims our host in X-Forwarded-Host', async ({ baseURL }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const status = await forgedPost(baseURL!, `/api/events/${eventId}/signups`, { 'origin': 'https://evil.example', 'x-forwarded-host': 'evil.example' })
  expect(status).toBe(403)
})

test('without a configured public origin, mail waits in the outbox and links are refused, then go out once it is set', async ({ playwright }) => {
  test.setTimeout(120_000)
  const env = {
    NUXT_PUBLIC_SITE_URL: '',
    CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-origin-')), 'origin.sqlite'),
    CITYWALK_ADMIN_EMAIL: ORGANISER.email,
    CITYWALK_ADMIN_PASSWORD: ORGANISER.password,
    NUXT_SESSION_PASSWORD: 'origin-test-session-password-0123456789abcdef',
  }
  let server = await startOwnServer({ port: 3917, env })
  try {
    let api = await playwright.request.newContext({ baseURL: server.origin })
    await logInOrganiser(api)
    const eventId = await createOwnEvent(api)
    const student = `${randomUUID()}@example.edu`
    const signup = await api.post(`/api/events/${eventId}/signups`, {
      data: { name: 'Held Mail', email: student, contact: '', university: 'Fudan University', language: 'en', consent: true, idempotencyKey: randomUUID() },
    })
    expect(signup.status()).toBe(202)

    const qr = await api.get('/api/walks/suzhou-creek/qr?locale=en')
    expect(qr.status()).toBe(503)
    expect((await qr.json()).data.key).toBe('noPublicOrigin')
    const invite = await api.post('/api/organiser/invites', { data: { email: `${randomUUID()}@example.org` } })
    expect(invite.status()).toBe(503)
    // Give the background writer its chance: it must leave the sign-up's mail unwritten.
    await new Promise(done => setTimeout(done, 1_500))
    expect(await (await api.get(`/api/organiser/events/${eventId}/outbox`)).json()).toEqual([])
    await api.dispose()

    await server.stop()
    server = await startOwnServer({ port: 3917, env: { ...env, NUXT_PUBLIC_SITE_URL: 'https://walks.example.edu' } })
    api = await playwright.request.newContext({ baseURL: server.origin })
    await logInOrganiser(api)
    await api.post(`/api/events/${eventId}/signups`, {
      data: { name: 'Second Student', email: `${randomUUID()}@example.edu`, contact: '', university: 'Fudan University', language: 'en', consent: true, idempotencyKey: randomUUID() },
    })
    await expect.poll(async () => (await (await api.get(`/api/organiser/events/${eventId}/outbox`)).json() as { recipient: string }[]).map(m => m.recipient), { timeout: 20_000 })
      .toContain(student)
    const held = (await (await api.get(`/api/organiser/events/${eventId}/outbox`)).json() as { recipient: string, text: string }[]).find(m => m.recipient === student)!
    expect(held.text).toMatch(/https:\/\/walks\.example\.edu\/signup\/[\w-]{32}/)
    await api.dispose()
  }
  finally {
    await server.stop()
  }
})

test('the language alternates and canonical link a search engine reads name the configured site, not the one the build saw', async ({ request, baseURL }) => {
  const html = await (await request.get('/ko/walks/yuyuan-road')).text()
  const links = [...html.matchAll(/<link[^>]*rel="(?:alternate|canonical)"[^>]*>/g)].map(match => match[0])
  const hrefs = links.map(link => /href="([^"]+)"/.exec(link)![1]!)
  expect(links.filter(link => link.includes('hreflang="ko"'))).toHaveLength(1)
  expect(hrefs.length).toBeGreaterThan(6)
  for (const href of hrefs) expect(href.startsWith(`${baseURL}/`), href).toBe(true)
})
