import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import type { PersonalSignup, SignupTicket } from '../../../shared/types/event'
import type { EventInput } from '../../../shared/schemas/event'
import { ORGANISER } from '../../../playwright.config'
import { shanghaiDateTimeInDays } from './eventDates'
import { personalLinkToken } from './inbox'

/** Logs the organiser in on this request context (a page's `page.request` shares its cookies with the page). */
export async function logInOrganiser(request: APIRequestContext) {
  const response = await request.post('/api/auth/login', { data: ORGANISER })
  if (!response.ok()) throw new Error(`organiser login failed: ${response.status()}`)
}

/** A published event of the logged-in organiser, made through the API as the event form makes it. */
export async function createOwnEvent(request: APIRequestContext, overrides: Partial<EventInput> = {}): Promise<string> {
  const event: EventInput = {
    walkSlug: 'suzhou-creek',
    stopSlugs: ['zhongshan-park-frontage', 'ecupl-st-johns-campus', 'suzhou-creek-ecupl-walkway'],
    meetingLat: 31.2199,
    meetingLng: 121.4111,
    meetingNote: { en: 'Zhongshan Park station, exit 3.' },
    startsAt: shanghaiDateTimeInDays(180, '14:00'),
    durationMin: 120,
    capacity: 5,
    guideLanguages: ['en'],
    signupDeadline: shanghaiDateTimeInDays(179, '20:00'),
    descriptions: { en: 'A walk to test check-in at the door.' },
    status: 'published',
    ...overrides,
  }
  const response = await request.post('/api/organiser/events', { data: event })
  if (response.status() !== 201) throw new Error(`event not created: ${response.status()} ${await response.text()}`)
  return (await response.json() as { id: string }).id
}

export interface SignedUp {
  email: string
  /** The personal link's token, read from the e-mail the student received. */
  token: string
  status: PersonalSignup['status']
  ticket: SignupTicket | null
}

/** Signs a student up through the public API, finds their personal link in the e-mail, and reads their ticket. */
export async function signUpStudent(request: APIRequestContext, eventId: string, name: string, language = 'en'): Promise<SignedUp> {
  const email = `${randomUUID()}@example.edu`
  const response = await request.post(`/api/events/${eventId}/signups`, {
    data: { name, email, contact: '', university: 'Tongji University', language, consent: true, idempotencyKey: randomUUID() },
  })
  if (response.status() !== 202) throw new Error(`sign-up refused: ${response.status()}`)
  const token = await personalLinkToken(request, email)
  const personal = await (await request.get(`/api/signups/${token}`)).json() as PersonalSignup
  return { email, token, status: personal.status, ticket: personal.ticket }
}

/** A new organiser account, made as an organiser makes one: with the user command, on the test database. */
export function addOrganiserAccount(name = 'Own Organiser', role: 'organiser' | 'volunteer' = 'organiser') {
  const account = { name, email: `${randomUUID()}@example.org`, password: 'an organiser of their own 12345' }
  const { NODE_OPTIONS: _loader, ...env } = process.env
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', 'add', '--email', account.email, '--name', account.name, '--role', role, '--password', account.password], {
    env: { ...env, CITYWALK_DATABASE_FILE: process.env.E2E_DATABASE_FILE }, encoding: 'utf8',
  })
  if (made.status !== 0) throw new Error(`organiser account not made: ${made.stderr}`)
  return account
}

/**
 * Logs `request` in as a new organiser of their own, so that their list of walks holds only what the
 * test made, whatever tests run beside it. Returns the account.
 */
export async function logInAsOwnOrganiser(request: APIRequestContext, name?: string) {
  const account = addOrganiserAccount(name)
  const response = await request.post('/api/auth/login', { data: { email: account.email, password: account.password } })
  if (!response.ok()) throw new Error(`organiser login failed: ${response.status()}`)
  return account
}
