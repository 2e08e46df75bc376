import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { TILE_ORIGIN } from '../../playwright.config'
import { createDatabaseOn, freePort, queryOnce, SKIP_POSTGRES, startPostgresCluster, type PostgresCluster } from '../support/postgresCluster'
import { startOwnServer, type OwnServer } from './support/ownServer'
import { startCuttableProxy, type CuttableProxy } from '../support/cuttableProxy'
import { shanghaiDateTimeInDays } from './support/eventDates'
import type { EventDetail } from '../../shared/types/event'
import type { LiveFollowers } from '../../shared/types/live'

/*
 * The day of a group walk, on two built servers sharing one PostgreSQL: a guide the organiser named
 * leads, from one server, three students (Korean, Arabic, French), each on a phone of their own and
 * spread over both servers. Every phone follows in its own language; one loses its connection for two
 * stops and catches up.
 */
test.describe.configure({ mode: 'serial' })
test.skip(SKIP_POSTGRES, 'CITYWALK_TEST_POSTGRES=skip')

const ORGANISER = { email: 'organiser@example.org', password: 'correct horse battery staple' }
/** An organiser account of its own, named guide of this one walk by its organiser. */
const GUIDE = { email: 'guide@example.org', password: 'guide password, long enough', name: 'Wen Guide' }
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const STOPS = ['zhongshan-park-frontage', 'ecupl-st-johns-campus', 'suzhou-creek-ecupl-walkway']

type Messages = Record<string, unknown>
const messagesOf = (code: string) => JSON.parse(readFileSync(`i18n/locales/${code}.json`, 'utf8')) as Messages
function say(messages: Messages, key: string): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], messages)
  if (typeof text !== 'string') throw new Error(`no message ${key}`)
  return text
}

interface Student { language: 'ko' | 'ar' | 'fr', token: string, origin: string, stopTitles: string[], messages: Messages }

let cluster: PostgresCluster
let databaseUrl: string
let dropDatabase: () => Promise<void>
const servers: OwnServer[] = []
/** Between the Korean phone and its server: its signal is lost there. */
let signal: CuttableProxy
let eventId: string
const students: Student[] = []
let waitingToken: string
/** Problems seen on any page: console errors, page errors, requests to other hosts. */
const problems: string[] = []

async function startServers() {
  const env = {
    DATABASE_URL: databaseUrl, CITYWALK_DATABASE_FILE: '', NUXT_SESSION_PASSWORD: 'live-walk-session-password-0123456789abc',
    CITYWALK_ADMIN_EMAIL: ORGANISER.email, CITYWALK_ADMIN_PASSWORD: ORGANISER.password,
    CITYWALK_SIGNUP_RATE_PER_MINUTE: '100000', CITYWALK_LOGIN_RATE_PER_MINUTE: '100000',
    NUXT_PUBLIC_MAP_TILE_URL: `${TILE_ORIGIN}/tiles/{z}/{x}/{y}.png`, NUXT_PUBLIC_MAP_ATTRIBUTION: 'Test tiles',
  }
  // One after the other: the first creates the schema and the demo data.
  for (let n = 0; n < 2; n++) servers.push(await startOwnServer({ port: await freePort(), env }))
}

/**
 * A request of the set-up, sent again once if the connection it reused had just been closed by the server
 * (undici's "other side closed" after an idle keep-alive): that request never reached the server.
 */
const setupFetch = (url: string, init: RequestInit) => fetch(url, init).catch(() => fetch(url, init))

async function logIn(origin: string, account: { email: string, password: string }): Promise<string> {
  const login = await setupFetch(`${origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(account) })
  expect(login.status).toBe(200)
  return login.headers.getSetCookie().map(c => c.split(';')[0]).join('; ')
}

/** The guide's account, made as an organiser makes one: with the user command, on the shared database. */
function addGuideAccount() {
  const { NODE_OPTIONS: _loader, ...env } = process.env
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', 'add', '--email', GUIDE.email, '--name', GUIDE.name, '--role', 'organiser', '--password', GUIDE.password], {
    env: { ...env, DATABASE_URL: databaseUrl, CITYWALK_DATABASE_FILE: '' }, encoding: 'utf8',
  })
  expect(made.status, made.stderr).toBe(0)
}

async function createEvent(origin: string): Promise<string> {
  const headers = { 'content-type': 'application/json', 'origin': origin }
  const cookie = await logIn(origin, ORGANISER)
  const response = await setupFetch(`${origin}/api/organiser/events`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({
      walkSlug: 'suzhou-creek', stopSlugs: STOPS, meetingLat: 31.2199, meetingLng: 121.4111,
      meetingNote: { en: 'Zhongshan Park station, exit 3.' }, startsAt: shanghaiDateTimeInDays(2), durationMin: 120, capacity: 3,
      guideLanguages: ['en'], signupDeadline: shanghaiDateTimeInDays(1), descriptions: { en: 'A guided walk along Suzhou Creek.' }, status: 'published',
    }),
  })
  expect(response.status).toBe(201)
  return (await response.json() as { id: string }).id
}

async function signUp(origin: string, name: string, language: string): Promise<string> {
  const email = `${name.toLowerCase().replaceAll(' ', '.')}@example.edu`
  const response = await setupFetch(`${origin}/api/events/${eventId}/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'origin': origin },
    body: JSON.stringify({ name, email, contact: '', university: 'Tongji University', language, consent: true, idempotencyKey: crypto.randomUUID() }),
  })
  expect(response.status).toBe(202)
  const [row] = await queryOnce(databaseUrl, sql => sql`SELECT token FROM signups WHERE email = ${email}`)
  return row!.token as string
}

async function stopTitles(origin: string, locale: string): Promise<string[]> {
  const event = await (await fetch(`${origin}/api/events/${eventId}?locale=${locale}`)).json() as EventDetail
  return event.stops.map(stop => stop.title)
}

/** A phone of its own: a fresh browser context, its problems noted, except those `allowed`. */
async function phone(browser: Browser, locale: string, allowed: RegExp[] = []): Promise<{ context: BrowserContext, page: Page }> {
  const context = await browser.newContext({ ...PHONE, locale })
  const page = await context.newPage()
  const hosts = new Set([...servers.map(server => server.origin), signal.origin, TILE_ORIGIN].map(origin => new URL(origin).host))
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.some(pattern => pattern.test(message.text()))) problems.push(`${locale} console: ${message.text()}`)
  })
  page.on('pageerror', error => problems.push(`${locale} page error: ${error.message}`))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && !hosts.has(url.host)) problems.push(`${locale} outside request: ${request.url()}`)
  })
  return { context, page }
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  cluster = await startPostgresCluster()
  ;({ url: databaseUrl, drop: dropDatabase } = await createDatabaseOn(cluster.url))
  await startServers()
  signal = await startCuttableProxy({ host: '127.0.0.1', port: Number(new URL(servers[1]!.origin).port) })
  eventId = await createEvent(servers[0]!.origin)
  // The organiser names the guide (from the other server): guides lead and check in, without the list.
  addGuideAccount()
  const named = await setupFetch(`${servers[1]!.origin}/api/organiser/events/${eventId}/team`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'origin': servers[1]!.origin, 'cookie': await logIn(servers[1]!.origin, ORGANISER) },
    body: JSON.stringify({ email: GUIDE.email, role: 'guide' }),
  })
  expect(named.status).toBe(200)
  const people = [['Min-jun Kim', 'ko', signal.origin], ['Layla Haddad', 'ar', servers[0]!.origin], ['Camille Martin', 'fr', servers[1]!.origin]] as const
  for (const [name, language, origin] of people) {
    const token = await signUp(origin, name, language)
    students.push({ language, token, origin, stopTitles: await stopTitles(servers[0]!.origin, language), messages: messagesOf(language) })
  }
  // The walk is full: a fourth student is on the waiting list.
  waitingToken = await signUp(servers[1]!.origin, 'Wait Listed', 'en')
  expect(await queryOnce(databaseUrl, sql => sql`SELECT status, count(*)::int AS n FROM signups WHERE event_id = ${eventId} GROUP BY status ORDER BY status`))
    .toEqual([{ status: 'confirmed', n: 3 }, { status: 'waiting', n: 1 }])
})

test.afterAll(async () => {
  await signal?.close()
  await Promise.all(servers.map(server => server.stop()))
  await dropDatabase?.()
  cluster?.stop()
})

/** What a student's phone says about where the group is: the live page's heading, or the follow bar on any other page. */
const whereTheGroupIs = (page: Page) => page.locator('#where-heading, .follow-bar .line a').first()

test('a guide on one server leads students on both, each in their own language; one offline for two stops catches up', async ({ browser }) => {
  test.setTimeout(180_000)
  const en = messagesOf('en')
  const [guideServer] = servers
  const guide = await phone(browser, 'en-GB')
  expect((await guide.context.request.post(`${guideServer!.origin}/api/auth/login`, { data: { email: GUIDE.email, password: GUIDE.password }, headers: { origin: guideServer!.origin } })).ok()).toBe(true)
  // The guide's dashboard leads to the live walk; the list of names is not theirs to see.
  await guide.page.goto(`${guideServer!.origin}/organiser`)
  await guide.page.getByRole('link', { name: /Suzhou Creek/ }).click()
  await expect(guide.page).toHaveURL(new RegExp(`/organiser/events/${eventId}/live$`))
  expect((await guide.context.request.get(`${guideServer!.origin}/api/organiser/events/${eventId}/attendees`)).status()).toBe(403)
  await expect(guide.page.getByRole('heading', { name: say(en, 'live.guide.notStarted') })).toBeVisible()

  // Each student opens the live page from their personal link, on their own server, before the start.
  const phones = await Promise.all(students.map(async (student) => {
    const { context, page } = await phone(browser, student.language, student.language === 'ko' ? [/ERR_INTERNET_DISCONNECTED|net::ERR/] : [])
    await page.goto(`${student.origin}/${student.language}/live/${student.token}`)
    await expect(page.getByRole('heading', { name: say(student.messages, 'live.waitingForGuide') })).toBeVisible()
    // On a busy machine a first attempt can fail; the page then says it is reconnecting and tries again after 3 s.
    await expect(page.getByText(say(student.messages, 'live.connected'))).toBeVisible({ timeout: 15_000 })
    return { student, context, page }
  }))
  await guide.page.reload()
  await expect(guide.page.getByText(say(en, 'live.guide.following').replace('{n}', '3'))).toBeVisible({ timeout: 10_000 })

  await guide.page.getByRole('button', { name: say(en, 'live.guide.start') }).click()
  for (const { student, page } of phones) await expect(whereTheGroupIs(page)).toHaveText(say(student.messages, 'live.started'))

  // Stop by stop: each phone opens the stop's page in its own language by itself.
  const delays: number[] = []
  async function advance(index: number, who = phones) {
    const clicked = Date.now()
    await guide.page.getByRole('button', { name: new RegExp(`^Next: stop ${index + 1},`) }).click()
    await Promise.all(who.map(async ({ student, page }) => {
      await expect(page).toHaveURL(new RegExp(`/${student.language}/walks/suzhou-creek/${STOPS[index]}$`), { timeout: 10_000 })
      await expect(page.getByRole('heading', { level: 1, name: student.stopTitles[index] })).toBeVisible()
      await expect(whereTheGroupIs(page)).toContainText(student.stopTitles[index]!)
      delays.push(Date.now() - clicked)
    }))
  }
  await advance(0)

  // A phrase and the guide's own words: the phrase in each reader's language, the words as typed, labelled English.
  await guide.page.getByRole('button', { name: say(en, 'live.preset.gatherHere') }).click()
  for (const { student, page } of phones) {
    await expect(page.locator('.follow-bar .banner')).toContainText(say(student.messages, 'live.preset.gatherHere'))
  }
  await guide.page.getByLabel(/Or in your own words/).fill('Water is sold at the kiosk by the gate.')
  await guide.page.getByRole('button', { name: say(en, 'live.guide.send') }).click()
  for (const { page } of phones) {
    await expect(page.locator('.follow-bar .banner')).toContainText('Water is sold at the kiosk by the gate.')
    await expect(page.locator('.follow-bar .banner [lang="en"]')).toHaveText('Water is sold at the kiosk by the gate.')
  }

  // The Korean phone loses its signal for two stops: it stays where it was, then catches up by itself.
  const korean = phones.find(p => p.student.language === 'ko')!
  const others = phones.filter(p => p !== korean)
  await korean.context.setOffline(true)
  signal.cut()
  await advance(1, others)
  await guide.page.getByRole('button', { name: say(en, 'live.preset.stayOnPavement') }).click()
  await advance(2, others)
  await expect(whereTheGroupIs(korean.page)).toContainText(korean.student.stopTitles[0]!)
  await expect(korean.page).toHaveURL(new RegExp(`/walks/suzhou-creek/${STOPS[0]}$`))
  signal.restore()
  await korean.context.setOffline(false)
  await expect(korean.page).toHaveURL(new RegExp(`/ko/walks/suzhou-creek/${STOPS[2]}$`), { timeout: 20_000 })
  await expect(whereTheGroupIs(korean.page)).toContainText(korean.student.stopTitles[2]!)
  // What was said meanwhile is on the live page, in Korean.
  await korean.page.goto(`${korean.student.origin}/ko/live/${korean.student.token}`)
  await expect(korean.page.locator('.messages')).toContainText(say(korean.student.messages, 'live.preset.stayOnPavement'))
  await expect(korean.page.locator('.messages li')).toHaveCount(3)

  // A reload keeps following: the Arabic phone comes back on the stop the group is at, right to left.
  const arabic = phones.find(p => p.student.language === 'ar')!
  await arabic.page.reload()
  await expect(arabic.page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(whereTheGroupIs(arabic.page)).toContainText(arabic.student.stopTitles[2]!)

  // The guide sees who follows, with their languages, and no one else. The reloaded phone is back on the list
  // once its new connection has said so (the guide's page asks every 15 s).
  const followersNow = async () => (await (await guide.context.request.get(`${guideServer!.origin}/api/organiser/events/${eventId}/live/followers`)).json() as LiveFollowers)
  await expect.poll(async () => (await followersNow()).followers.map(f => f.language).sort(), { timeout: 15_000 }).toEqual(['ar', 'fr', 'ko'])
  const followers = await followersNow()
  expect(followers.followers.map(f => f.name).sort()).toEqual(['Camille Martin', 'Layla Haddad', 'Min-jun Kim'])

  guide.page.once('dialog', dialog => void dialog.accept())
  await guide.page.getByRole('button', { name: say(en, 'live.guide.end') }).click()
  for (const { student, page } of phones) await expect(whereTheGroupIs(page)).toHaveText(say(student.messages, 'live.ended'))

  console.log(`live walk: the guide's "next stop" reached the students' phones (stop page open in their language) in ${delays.sort((a, b) => a - b).map(d => `${d} ms`).join(', ')}`)
  for (const { context } of phones) await context.close()
  await guide.context.close()
  expect(problems).toEqual([])
})

test('a waiting-listed student and a stranger cannot follow, and are told why', async ({ browser }) => {
  const origin = servers[1]!.origin
  const waiting = await fetch(`${origin}/api/signups/${waitingToken}/live`)
  expect(waiting.status).toBe(403)
  expect((await waiting.json() as { data: { key: string } }).data.key).toBe('liveConfirmedOnly')
  const stranger = await fetch(`${origin}/api/signups/${'A'.repeat(32)}/live`)
  expect(stranger.status).toBe(404)
  expect((await stranger.json() as { data: { key: string } }).data.key).toBe('signupNotFound')

  const { context, page } = await phone(browser, 'ar')
  await page.goto(`${origin}/ar/live/${waitingToken}`)
  await expect(page.getByRole('alert')).toHaveText(say(messagesOf('ar'), 'errors.liveConfirmedOnly'))
  await expect(page.locator('.follow-bar')).toHaveCount(0)
  await context.close()
  expect(problems).toEqual([])
})
