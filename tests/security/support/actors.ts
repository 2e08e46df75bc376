import { randomUUID } from 'node:crypto'
import type { EventInput } from '../../../shared/schemas/event'
import { toShanghaiDateTimeValue } from '../../../shared/utils/shanghaiTime'
import type { AppUnderTest } from './appUnderTest'

/** Who sends a request: nobody, a student holding a personal link, or a logged-in account. */
export interface Actor {
  name: 'anonymous' | 'student' | 'volunteer' | 'otherOrganiser' | 'owner'
  /** The session cookie, for accounts. */
  cookie?: string
}

/** Logs an account in through the API and returns its session cookie. */
export async function logIn(app: AppUnderTest, account: { email: string, password: string }): Promise<string> {
  const response = await fetch(`${app.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'origin': app.origin },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  if (!response.ok) throw new Error(`login of ${account.email} failed: ${response.status} ${await response.text()}`)
  return response.headers.getSetCookie().map(cookie => cookie.split(';')[0]).join('; ')
}

/** A request as a same-origin page would send it (the server refuses cross-site writes), as `actor`. */
export function send(app: AppUnderTest, path: string, init: RequestInit & { actor?: Actor, json?: unknown } = {}) {
  const { actor, json, headers, ...rest } = init
  return fetch(`${app.origin}${path}`, {
    redirect: 'manual',
    ...rest,
    headers: {
      origin: app.origin,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      ...(actor?.cookie ? { cookie: actor.cookie } : {}),
      ...headers,
    },
    body: json === undefined ? rest.body : JSON.stringify(json),
  })
}

/** An event input a valid form would send, starting `days` from now. */
export function eventInput(overrides: Partial<EventInput> = {}, days = 120): EventInput {
  const startsAt = new Date(Date.now() + days * 86_400_000)
  const shanghai = (date: Date) => toShanghaiDateTimeValue(date)
  const deadline = new Date(startsAt.getTime() - 86_400_000)
  return {
    walkSlug: 'suzhou-creek',
    stopSlugs: ['zhongshan-park-frontage', 'ecupl-st-johns-campus', 'suzhou-creek-ecupl-walkway'],
    meetingLat: 31.2199,
    meetingLng: 121.4111,
    meetingNote: { en: 'Zhongshan Park station, exit 3.' },
    startsAt: shanghai(startsAt),
    durationMin: 120,
    capacity: 5,
    guideLanguages: ['en'],
    signupDeadline: shanghai(deadline),
    descriptions: { en: 'A walk for the security suite.' },
    status: 'published',
    ...overrides,
  }
}

/** Creates an event as `organiser` and returns its id. */
export async function createEvent(app: AppUnderTest, organiser: Actor, overrides: Partial<EventInput> = {}): Promise<string> {
  const response = await send(app, '/api/organiser/events', { method: 'POST', actor: organiser, json: eventInput(overrides) })
  if (response.status !== 201) throw new Error(`event not created: ${response.status} ${await response.text()}`)
  return (await response.json() as { id: string }).id
}

export interface Student { email: string, token: string }

/** Signs a student up and reads their personal-link token from the e-mail they received. */
export async function signUp(app: AppUnderTest, eventId: string, fields: { name?: string, university?: string, contact?: string, email?: string } = {}): Promise<Student> {
  const email = fields.email ?? `${randomUUID()}@example.edu`
  const response = await send(app, `/api/events/${eventId}/signups`, {
    method: 'POST',
    json: { name: fields.name ?? 'Lin Student', email, contact: fields.contact ?? '', university: fields.university ?? 'Tongji University', language: 'en', consent: true, idempotencyKey: randomUUID() },
  })
  if (response.status !== 202) throw new Error(`sign-up refused: ${response.status} ${await response.text()}`)
  return { email, token: await personalLinkToken(app, email) }
}

/** Waits for the e-mail to `address` and returns the personal-link token in it. */
export async function personalLinkToken(app: AppUnderTest, address: string): Promise<string> {
  for (const started = Date.now(); Date.now() - started < 15_000;) {
    const token = app.mail.filter(m => m.to.includes(address)).map(m => /\/signup\/([\w-]{32})/.exec(m.text)?.[1]).find(Boolean)
    if (token) return token
    await new Promise(done => setTimeout(done, 100))
  }
  throw new Error(`no personal link mailed to ${address}`)
}

/** Every kind of actor for `app`: logs the accounts in and signs a student up for `eventId`. */
export async function everyActor(app: AppUnderTest, accounts: { owner: { email: string, password: string }, otherOrganiser: { email: string, password: string }, volunteer: { email: string, password: string } }) {
  return {
    anonymous: { name: 'anonymous' } as Actor,
    volunteer: { name: 'volunteer', cookie: await logIn(app, accounts.volunteer) } as Actor,
    otherOrganiser: { name: 'otherOrganiser', cookie: await logIn(app, accounts.otherOrganiser) } as Actor,
    owner: { name: 'owner', cookie: await logIn(app, accounts.owner) } as Actor,
  }
}
