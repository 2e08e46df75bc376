import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../support/postgresCluster'
import { test, expect } from './support/fixtures'
import { startOwnServer, type OwnServer } from './support/ownServer'

const ADMIN = { email: 'limits@example.org', password: 'limits test password 1' }

async function limitedServer(env: Record<string, string>): Promise<OwnServer> {
  return startOwnServer({
    port: await freePort(),
    env: {
      CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-limits-')), 'limits.sqlite'),
      NUXT_SESSION_PASSWORD: 'rate-limit-test-session-password-0123456789',
      CITYWALK_ADMIN_EMAIL: ADMIN.email,
      CITYWALK_ADMIN_PASSWORD: ADMIN.password,
      ...env,
    },
  })
}

const post = (origin: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

test('the sign-up limit believes no X-Forwarded-For from a client, and a trailing slash does not skip it', async () => {
  const server = await limitedServer({ CITYWALK_SIGNUP_RATE_PER_MINUTE: '3' })
  try {
    // The demo event is seeded by a start-up task that may finish after the first answers.
    const events = async () => await (await fetch(`${server.origin}/api/events`)).json() as { id: string }[]
    await expect.poll(async () => (await events()).length, { timeout: 30_000 }).toBe(1)
    const [event] = await events()
    const signup = () => ({ name: 'Rate Test', email: `${randomUUID()}@example.edu`, contact: '', university: 'ECNU', language: 'en', consent: true, idempotencyKey: randomUUID() })
    const paths = [`/api/events/${event!.id}/signups`, `/api/events/${event!.id}/signups/`, `/api/events/${event!.id}//signups`]
    const statuses: number[] = []
    for (const [n, path] of [...paths, ...paths].entries()) {
      // Each request claims to come from somewhere else: without a trusted proxy that changes nothing.
      statuses.push((await post(server.origin, path, signup(), { 'x-forwarded-for': `203.0.113.${n + 1}` })).status)
    }
    expect(statuses.slice(0, 3).every(status => status === 202 || status === 404)).toBe(true)
    expect(statuses.slice(3)).toEqual([429, 429, 429])
  }
  finally {
    await server.stop()
  }
})

test('failing to log in on purpose from one address locks nobody else out; behind a trusted proxy, forged addresses are ignored', async () => {
  const server = await limitedServer({ CITYWALK_LOGIN_RATE_PER_MINUTE: '6', CITYWALK_TRUSTED_PROXIES: '127.0.0.1' })
  try {
    const login = (password: string, forwardedFor: string) => post(server.origin, '/api/auth/login', { email: ADMIN.email, password }, { 'x-forwarded-for': forwardedFor })
    const attacker = '203.0.113.66'
    const tries: number[] = []
    for (let n = 0; n < 4; n++) tries.push((await login('wrong password', attacker)).status)
    expect(tries).toEqual([401, 401, 401, 429])
    // The attacker writes another address in front of theirs: the proxy appended the real one, which is read.
    expect((await login('wrong password', `198.51.100.9, ${attacker}`)).status).toBe(429)
    // The organiser, elsewhere, logs in at once.
    expect((await login(ADMIN.password, '198.51.100.7')).status).toBe(200)
  }
  finally {
    await server.stop()
  }
})
