import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import type postgres from 'postgres'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'
import { createDatabaseOn, freePort, queryOnce, SKIP_POSTGRES, startPostgresCluster, type PostgresCluster } from '../support/postgresCluster'
import { shanghaiDateTimeInDays } from './support/eventDates'
import { toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'

// Two built servers on one real PostgreSQL with one SMTP capture, as a deployment behind a proxy runs them.
test.describe.configure({ mode: 'serial' })
test.skip(SKIP_POSTGRES, 'CITYWALK_TEST_POSTGRES=skip')

const ORGANISER = { email: 'organiser@example.org', password: 'correct horse battery staple' }
interface Received { messageId: string, to: string, subject: string }

let cluster: PostgresCluster
let databaseUrl: string
let dropDatabase: () => Promise<void>
let smtp: SMTPServer
let smtpPort: number
const received: Received[] = []
const servers: { origin: string, process: ChildProcess }[] = []

function startServer(port: number): { origin: string, process: ChildProcess } {
  // Playwright's loader hooks (NODE_OPTIONS) must not leak into the servers.
  const { NODE_OPTIONS: _loader, ...env } = process.env
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['.output/server/index.mjs'], {
    env: {
      ...env, PORT: String(port), HOST: '127.0.0.1', NUXT_PUBLIC_SITE_URL: origin, DATABASE_URL: databaseUrl, CITYWALK_DATABASE_FILE: '',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, NUXT_SESSION_PASSWORD: 'two-servers-session-password-0123456789',
      CITYWALK_ADMIN_EMAIL: ORGANISER.email, CITYWALK_ADMIN_PASSWORD: ORGANISER.password,
      CITYWALK_SIGNUP_RATE_PER_MINUTE: '100000', CITYWALK_LOGIN_RATE_PER_MINUTE: '100000',
      // Quick turns, so the test need not wait a minute for the scheduled task or two for a dead server's lease.
      CITYWALK_TASK_INTERVAL_S: '1', CITYWALK_MAIL_LEASE_S: '5',
    },
    stdio: 'ignore',
  })
  return { origin, process: child }
}

const statusOf = (url: string) => fetch(url).then(r => r.status, () => 0)
const rows = <T>(query: (sql: postgres.Sql) => Promise<T>) => queryOnce(databaseUrl, query)

test.beforeAll(async () => {
  test.setTimeout(180_000)
  cluster = await startPostgresCluster()
  ;({ url: databaseUrl, drop: dropDatabase } = await createDatabaseOn(cluster.url))
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to.flatMap(a => a.value) : mail.to?.value ?? []
        received.push({ messageId: mail.messageId ?? '', to: to[0]?.address ?? '', subject: mail.subject ?? '' })
        callback()
      }, callback)
    },
  })
  // The server killed mid-burst drops its SMTP connection (ECONNRESET): expected, and without a listener
  // the emitter would throw in the test worker, which then tears down the database under the running test.
  smtp.on('error', () => {})
  smtpPort = await freePort()
  await new Promise<void>(resolve => smtp.listen(smtpPort, '127.0.0.1', resolve))
})

test.afterAll(async () => {
  for (const server of servers) server.process.kill('SIGKILL')
  await new Promise<void>(resolve => smtp?.close(() => resolve()))
  await dropDatabase?.()
  cluster?.stop()
})

async function createEvent(origin: string, capacity: number, startsAt: string, signupDeadline: string): Promise<string> {
  const headers = { 'content-type': 'application/json', 'origin': origin }
  const login = await fetch(`${origin}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify(ORGANISER) })
  expect(login.status).toBe(200)
  const cookie = login.headers.getSetCookie().map(c => c.split(';')[0]).join('; ')
  const response = await fetch(`${origin}/api/organiser/events`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({
      walkSlug: 'suzhou-creek', stopSlugs: ['zhongshan-park-frontage', 'ecupl-st-johns-campus'], meetingLat: 31.2199, meetingLng: 121.4111,
      meetingNote: { en: 'Zhongshan Park station, exit 3.' }, startsAt, durationMin: 120, capacity, guideLanguages: ['en'],
      signupDeadline, descriptions: { en: 'A walk for two servers.' }, status: 'published',
    }),
  })
  expect(response.status).toBe(201)
  return (await response.json() as { id: string }).id
}

/** Sends sign-ups `count` at a time, alternating servers; returns the addresses whose sign-up was acknowledged (202). */
async function signUpMany(eventId: string, emails: string[], parallel: number, onProgress?: (done: number) => void): Promise<string[]> {
  const acknowledged: string[] = []
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < emails.length) {
      const n = next++
      const { origin } = servers[n % servers.length]!
      const response = await fetch(`${origin}/api/events/${eventId}/signups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'origin': origin },
        body: JSON.stringify({ name: `Student ${n}`, email: emails[n], contact: '', university: 'Tongji University', language: 'en', consent: true, idempotencyKey: randomUUID() }),
      }).catch(() => null)
      if (response?.status === 202) acknowledged.push(emails[n]!)
      onProgress?.(++done)
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  return acknowledged
}

const mailsTo = (addresses: string[], subject: RegExp) => {
  const wanted = new Set(addresses)
  return received.filter(m => wanted.has(m.to) && subject.test(m.subject))
}

test('both start together on an empty database and take a rush of 300 sign-ups for 30 places: 30 confirmed, each mail and reminder once', async () => {
  test.setTimeout(240_000)
  const ports = [await freePort(), await freePort()]
  servers.push(...ports.map(startServer))
  for (const { origin } of servers) await expect.poll(() => statusOf(`${origin}/readyz`), { timeout: 60_000, intervals: [200] }).toBe(200)
  expect(await rows(sql => sql`SELECT count(*)::int AS n FROM events`)).toEqual([{ n: 1 }])
  expect(await rows(sql => sql`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 1 }])

  // Starts in 30 hours: the sign-ups come before the reminder's reach (within it, the confirmation is the reminder).
  const now = Date.now()
  const startsAt = toShanghaiDateTimeValue(new Date(now + 30 * 3_600_000))
  const deadline = toShanghaiDateTimeValue(new Date(now + 10 * 3_600_000))
  const eventId = await createEvent(servers[0]!.origin, 30, startsAt, deadline)
  const emails = Array.from({ length: 300 }, (_, n) => `rush-${n}@example.edu`)
  const acknowledged = await signUpMany(eventId, emails, 30)
  expect(acknowledged).toHaveLength(300)
  expect(await rows(sql => sql`SELECT status, count(*)::int AS n FROM signups WHERE event_id = ${eventId} GROUP BY status ORDER BY status`))
    .toEqual([{ status: 'confirmed', n: 30 }, { status: 'waiting', n: 270 }])

  // Ten hours pass: the walk is now within 24 hours, and everyone confirmed is due a reminder at the next
  // scheduled turn of either server.
  await rows(sql => sql`UPDATE events SET starts_at = starts_at - interval '10 hours' WHERE id = ${eventId}`)

  // 300 sign-up e-mails and 30 reminders, all recorded as sent.
  const sent = async () => (await rows(sql => sql`SELECT count(*)::int AS n FROM outbox WHERE event_id = ${eventId} AND sent_at IS NOT NULL`))[0]!.n as number
  await expect.poll(sent, { timeout: 90_000 }).toBe(330)
  // Let any duplicate arrive before counting.
  await new Promise(resolve => setTimeout(resolve, 3_000))
  const all = mailsTo(emails, /.*/)
  expect(all).toHaveLength(330)
  expect(new Set(all.map(m => m.messageId)).size).toBe(330)
  const perAddress = new Map<string, number>()
  for (const mail of all) perAddress.set(mail.to, (perAddress.get(mail.to) ?? 0) + 1)
  const confirmed = (await rows(sql => sql`SELECT email FROM signups WHERE event_id = ${eventId} AND status = 'confirmed'`)).map(r => r.email as string)
  // Each confirmed student: one confirmation and one reminder; each waiting student: one e-mail.
  for (const email of emails) expect(perAddress.get(email), email).toBe(confirmed.includes(email) ? 2 : 1)
  expect(await rows(sql => sql`SELECT count(*)::int AS n FROM outbox WHERE event_id = ${eventId} AND sent_at IS NULL`)).toEqual([{ n: 0 }])
})

test('one server killed in the middle of a burst: no acknowledged sign-up lost, the other sends every mail', async () => {
  test.setTimeout(180_000)
  const eventId = await createEvent(servers[0]!.origin, 200, shanghaiDateTimeInDays(30), shanghaiDateTimeInDays(29))
  const emails = Array.from({ length: 120 }, (_, n) => `burst-${n}@example.edu`)
  const victim = servers[1]!
  const acknowledged = await signUpMany(eventId, emails, 12, (done) => {
    if (done === 50) victim.process.kill('SIGKILL')
  })
  expect(victim.process.signalCode).toBe('SIGKILL')
  expect(acknowledged.length).toBeGreaterThanOrEqual(60)
  const stored = (await rows(sql => sql`SELECT email FROM signups WHERE event_id = ${eventId}`)).map(r => r.email as string)
  for (const email of acknowledged) expect(stored, email).toContain(email)
  // The survivor writes and sends what the dead one had queued or leased (once the lease lapses).
  await expect.poll(() => new Set(mailsTo(acknowledged, /.*/).map(m => m.to)).size, { timeout: 60_000 }).toBe(acknowledged.length)
  const unsent = await rows(sql => sql`SELECT count(*)::int AS n FROM outbox WHERE event_id = ${eventId} AND sent_at IS NULL`)
  expect(unsent).toEqual([{ n: 0 }])
  // A mail sent twice (the server died between sending and recording it) keeps its Message-ID, so it is recognisable.
  const byAddress = new Map<string, Set<string>>()
  for (const mail of mailsTo(acknowledged, /.*/)) byAddress.set(mail.to, (byAddress.get(mail.to) ?? new Set()).add(mail.messageId))
  for (const [address, ids] of byAddress) expect(ids.size, address).toBe(1)
})

test('a server asked to stop (SIGTERM) finishes and exits cleanly', async () => {
  const survivor = servers[0]!
  const exited = new Promise<number | null>(resolve => survivor.process.once('exit', code => resolve(code)))
  survivor.process.kill('SIGTERM')
  expect(await exited).toBe(0)
})
