import { randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'
import sharp from 'sharp'
import { toneWav } from '../support/toneWav'
import { plainImage } from '../support/photos'
import { createEvent, eventInput, logIn, send, signUp, type Actor } from './support/actors'
import { OTHER_ORGANISER, OWNER, VOLUNTEER, startAppUnderTest, type AppUnderTest } from './support/appUnderTest'
import { databaseFingerprint, type Fingerprint } from './support/databaseFingerprint'
import { waitUntilSettled } from './support/settled'
import { shanghaiDate } from '../../shared/utils/repeatDates'
import {
  HOSTILE_SEGMENTS, MB, MULTI_LINE_INJECTIONS, SINGLE_LINE_INJECTIONS, SQL_METACHARACTERS, WRONG_TYPES, ZERO_WIDTH,
  deeplyNested, deeplyNestedObject, huge, isApiErrorKey, jsonWithDuplicate, withInvalidUtf8, NOT_UTF8, jsonWithRawMembers,
  localeErrorMessages, multipart, refusedEnvelopes, sendHostile, type HostileCase, type HostileRequest, type Sender,
} from './support/hostileCases'
import type { ApiErrorKey } from '../../shared/types/apiError'

/**
 * Hostile requests against every state-changing and parameterised endpoint, on a real server: each must
 * be refused with a 4xx whose key has a message in every language, and must change nothing — not one
 * row of any table, outbox and sessions included — and send no mail. No table is left out: the
 * failed-login counter and the rate limits live in memory, so a refused login writes nothing either.
 */

interface SignupFixture { token: string, id: string, code: string }
interface Context {
  ownerEvent: string
  otherEvent: string
  draftEvent: string
  cancelledEvent: string
  closedEvent: string
  /** Confirmed on the owner's event. */
  studentA: SignupFixture
  /** Confirmed on the other organiser's event. */
  studentB: SignupFixture
  /** Cancelled, on the owner's event. */
  studentC: SignupFixture
  inviteToken: string
  volunteerStopDraft: string
  volunteerWalkDraft: string
  ownerDraft: string
  /** The volunteer's stop text waiting for review, and its revision. */
  submitted: { id: string, revision: number }
  /** The owner's account id, the one co-organiser of their walks. */
  ownerId: string
}

type Endpoint = (c: Context) => Pick<HostileRequest, 'method' | 'path' | 'as'>
type Variant = { label: string, key?: ApiErrorKey, request: (c: Context) => Partial<HostileRequest> }

const CASES: HostileCase<Context>[] = []

/** Adds one case per variant, all sent to `endpoint`. */
function add(group: string, endpoint: Endpoint, variants: Variant[]) {
  for (const variant of variants) {
    CASES.push({ label: `${group}: ${variant.label}`, key: variant.key, build: c => ({ ...endpoint(c), ...variant.request(c) }) })
  }
}

const json = (body: unknown): Partial<HostileRequest> => ({ json: body })
const raw = (body: string | Buffer, type = 'application/json'): Partial<HostileRequest> => ({ raw: body, headers: { 'content-type': type } })

/** Each field of `valid` set to each value of the wrong type. */
function wrongTypes(valid: (c: Context) => Record<string, unknown>, fields: string[], values = WRONG_TYPES): Variant[] {
  return fields.flatMap(field => values.map(value => ({ label: `${field} = ${JSON.stringify(value)}`, request: (c: Context) => json({ ...valid(c), [field]: value }) })))
}

/** Each field of `valid` set to each string of `strings`. */
function strings(valid: (c: Context) => Record<string, unknown>, fields: string[], values: Record<string, string>, key?: ApiErrorKey): Variant[] {
  return fields.flatMap(field => Object.entries(values).map(([label, value]) => ({ label: `${field} with ${label}`, key, request: (c: Context) => json({ ...valid(c), [field]: value }) })))
}

/** What any JSON body can be made into: oversize, nested, polluting, ambiguous, not UTF-8. */
function bodyShapes(valid: (c: Context) => Record<string, unknown>, textField: string): Variant[] {
  const first = (c: Context) => Object.keys(valid(c))[0]!
  return [
    { label: 'an unknown extra field', key: 'invalidInput', request: c => json({ ...valid(c), role: 'organiser' }) },
    { label: '__proto__ member (JSON; charset)', key: 'invalidInput', request: c => raw(jsonWithRawMembers(valid(c), '"__proto__":{"role":"organiser","isAdmin":true}'), 'application/json; charset=utf-8') },
    { label: '__proto__ member (JSON)', key: 'invalidInput', request: c => raw(jsonWithRawMembers(valid(c), '"__proto__":{"role":"organiser"}')) },
    { label: 'escaped \\u005f_proto__ member', key: 'invalidInput', request: c => raw(jsonWithRawMembers(valid(c), '"\\u005f_proto__":{"role":"organiser"}'), 'application/json;charset=UTF-8') },
    { label: 'constructor.prototype member', key: 'invalidInput', request: c => raw(jsonWithRawMembers(valid(c), '"constructor":{"prototype":{"role":"organiser"}}'), 'application/json; charset=utf-8') },
    { label: 'duplicate key, the last an operator object', key: 'invalidInput', request: c => raw(jsonWithDuplicate(valid(c), first(c), '{"$ne":null}')) },
    { label: `invalid UTF-8 bytes in ${textField}`, key: 'invalidInput', request: c => raw(withInvalidUtf8({ ...valid(c), [textField]: `x${NOT_UTF8}` })) },
    { label: `${textField} of 1 MB`, key: 'bodyTooLarge', request: c => json({ ...valid(c), [textField]: huge(MB) }) },
    { label: 'an array of 300k numbers (600 KB, over every JSON limit)', key: 'bodyTooLarge', request: () => json(Array.from({ length: 300_000 }, () => 0)) },
    { label: 'the body in an array', key: 'invalidInput', request: c => json([valid(c)]) },
    { label: 'arrays nested 5000 deep', key: 'invalidInput', request: () => raw(deeplyNested(5000)) },
    { label: `objects nested 12 KB deep under ${textField}`, key: 'invalidInput', request: () => raw(deeplyNestedObject(textField)) },
    { label: 'JSON null', key: 'invalidInput', request: () => raw('null') },
    { label: 'a JSON string', key: 'invalidInput', request: () => raw('"hello"') },
    { label: 'NaN', key: 'invalidInput', request: () => raw('NaN') },
    { label: 'an empty JSON body', key: 'invalidInput', request: () => raw('') },
    { label: 'an empty object', key: 'invalidInput', request: () => json({}) },
  ]
}

/** The valid body of an endpoint, sent in each way the guard must refuse before the handler runs. */
function envelopes(valid: (c: Context) => Record<string, unknown>): Variant[] {
  return refusedEnvelopes({}).map(({ label, key }, i) => ({ label, key, request: (c: Context) => refusedEnvelopes(valid(c))[i]!.request }))
}

/** GET, PUT, DELETE… on a route that takes only another method. */
function wrongMethods(methods: string[], body?: (c: Context) => unknown): Variant[] {
  return methods.map(method => ({ label: `method ${method}`, request: c => ({ method, ...(body && method !== 'GET' ? json(body(c)) : {}) }) }))
}

/** Malformed or foreign ids and tokens in `position` of a path. */
function hostileSegments(path: (segment: string) => string, method: string, as: Sender, body?: (c: Context) => unknown, extra: Record<string, (c: Context) => string> = {}): Variant[] {
  const segments: Record<string, (c: Context) => string> = {
    ...Object.fromEntries(Object.entries(HOSTILE_SEGMENTS).map(([label, segment]) => [label, () => segment])),
    ...extra,
  }
  return Object.entries(segments).map(([label, segment]) => ({
    label: `path with ${label}`,
    request: c => ({ method, as, path: path(segment(c)), ...(body ? json(body(c)) : {}) }),
  }))
}

// ---------------------------------------------------------------- login and logout

const login = () => ({ email: OWNER.email, password: OWNER.password })
add('login', () => ({ method: 'POST', path: '/api/auth/login' }), [
  ...wrongTypes(login, ['email', 'password'], [null, 42, true, [], {}, ['owner@example.org']]),
  ...strings(login, ['email'], { ...SINGLE_LINE_INJECTIONS, ...ZERO_WIDTH }),
  ...SQL_METACHARACTERS.map(value => ({ label: `password ${value}`, key: 'badCredentials' as const, request: () => json({ email: OWNER.email, password: value }) })),
  ...SQL_METACHARACTERS.map(value => ({ label: `email ${value}`, request: () => json({ email: value, password: 'x' }) })),
  { label: 'email of another account, the owner\'s password', key: 'badCredentials', request: () => json({ email: VOLUNTEER.email, password: OWNER.password }) },
  { label: 'password of 201 characters', request: () => json({ ...login(), password: 'p'.repeat(201) }) },
  { label: 'role asked for', request: () => json({ ...login(), role: 'organiser' }) },
  ...bodyShapes(login, 'password'),
  ...envelopes(login),
  ...wrongMethods(['GET', 'PUT', 'DELETE'], login),
])

add('logout', () => ({ method: 'POST', path: '/api/auth/logout', as: 'ownerAtLogout' }), [
  ...refusedEnvelopes({ bye: true }).map(({ label, key, request }) => ({ label, key, request: () => request })),
  { label: 'a body that is not JSON', key: 'invalidInput', request: () => raw('bye', 'text/plain') },
  ...wrongMethods(['GET', 'DELETE']),
])
add('session route of nuxt-auth-utils', () => ({ method: 'DELETE', path: '/api/_auth/session', as: 'ownerAtLogout' }), [
  { label: 'cleared from another site', key: 'crossSite', request: () => ({ headers: { origin: 'https://evil.example' } }) },
  { label: 'cleared from another site (Sec-Fetch-Site)', key: 'crossSite', request: () => ({ headers: { 'origin': undefined, 'sec-fetch-site': 'cross-site' } }) },
  { label: 'cleared with a form body', key: 'invalidInput', request: () => raw('a=1', 'application/x-www-form-urlencoded') },
])

// ---------------------------------------------------------------- sign-up

const signup = () => ({ name: 'Lin Student', email: 'hostile@example.edu', contact: '', university: 'Tongji University', language: 'en', consent: true, idempotencyKey: '6f9b1d2e-7a53-4c51-9d1e-2b9c0f4e8a17' })
const signupTo = (event: keyof Context) => (c: Context) => ({ method: 'POST', path: `/api/events/${c[event] as string}/signups` })
add('sign-up', signupTo('ownerEvent'), [
  ...wrongTypes(signup, ['name', 'email', 'university', 'language', 'consent', 'idempotencyKey'], [null, 42, [], {}]),
  ...strings(signup, ['name', 'university', 'contact'], SINGLE_LINE_INJECTIONS),
  ...strings(signup, ['name', 'email'], ZERO_WIDTH),
  ...strings(signup, ['email'], { 'CR LF and a Bcc header': 'lin@example.edu\r\nBcc: all@example.org', 'a second address': 'lin@example.edu, all@example.org' }),
  ...SQL_METACHARACTERS.map(value => ({ label: `name ${value}`, request: () => json({ ...signup(), name: value }) })),
  { label: 'consent false', request: () => json({ ...signup(), consent: false }) },
  { label: 'status and seq chosen by the student', request: () => json({ ...signup(), status: 'confirmed', seq: 1 }) },
  { label: 'duplicate consent, the last false', request: () => raw(jsonWithDuplicate(signup(), 'consent', 'false')) },
  ...bodyShapes(signup, 'name'),
  ...envelopes(signup),
  ...wrongMethods(['GET', 'PUT', 'DELETE', 'PATCH'], signup),
])
add('sign-up to a draft', signupTo('draftEvent'), [{ label: 'valid body', key: 'notPublished', request: () => json(signup()) }])
add('sign-up to a cancelled walk', signupTo('cancelledEvent'), [{ label: 'valid body', key: 'cancelled', request: () => json(signup()) }])
add('sign-up after the deadline', signupTo('closedEvent'), [{ label: 'valid body', key: 'deadlinePassed', request: () => json(signup()) }])
add('sign-up', () => ({ method: 'POST', path: '' }), hostileSegments(id => `/api/events/${id}/signups`, 'POST', 'anonymous', signup, {
  'an unknown event id': () => randomUUID(),
  'an upper-case event id': c => c.ownerEvent.toUpperCase(),
  'a sign-up\'s id as the event': c => c.studentA.id,
}))

// ---------------------------------------------------------------- the personal link

/** Tokens that are malformed, unknown, or belong to something else. */
const foreignTokens: Record<string, (c: Context) => string> = {
  'an unknown token': () => 'A'.repeat(32),
  'a token one character short': c => c.studentA.token.slice(1),
  'a token with a character more': c => `${c.studentA.token}x`,
  'the invite token as a sign-up token': c => c.inviteToken,
  'the sign-up\'s id': c => c.studentA.id,
  'the ticket code': c => c.studentA.code,
}
const withTokens = (path: (token: string) => string, method: string, body?: (c: Context) => unknown): Variant[] => hostileSegments(path, method, 'anonymous', body, foreignTokens)

for (const action of ['cancel', 'delete'] as const) {
  add(`sign-up ${action}`, () => ({ method: 'POST', path: '' }), withTokens(token => `/api/signups/${token}/${action}`, 'POST'))
  add(`sign-up ${action} with a valid token`, c => ({ method: 'POST', path: `/api/signups/${c.studentA.token}/${action}` }), [
    ...refusedEnvelopes({ confirm: true }).map(({ label, key, request }) => ({ label, key, request: () => request })),
    { label: 'a body that is not JSON', key: 'invalidInput', request: () => raw('confirm=1', 'application/x-www-form-urlencoded') },
    { label: 'the token of another sign-up from another site', key: 'crossSite', request: c => ({ path: `/api/signups/${c.studentB.token}/${action}`, headers: { origin: 'https://evil.example' } }) },
    ...wrongMethods(['GET', 'PUT', 'DELETE']),
  ])
}
add('personal sign-up page', () => ({ method: 'GET', path: '' }), withTokens(token => `/api/signups/${token}`, 'GET'))
add('calendar file of a sign-up', () => ({ method: 'GET', path: '' }), withTokens(token => `/api/signups/${token}/calendar`, 'GET'))
add('calendar file with a valid token', c => ({ method: 'GET', path: `/api/signups/${c.studentA.token}/calendar` }), [
  { label: 'unknown locale', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}/calendar?locale=de` }) },
  { label: 'locale traversal', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}/calendar?locale=..%2f..%2fen` }) },
  { label: 'locale with a line break and a header', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}/calendar?locale=en%0d%0aX-Evil:%201` }) },
  ...wrongMethods(['POST', 'PUT', 'DELETE']),
])
add('personal sign-up page with a valid token', c => ({ method: 'GET', path: `/api/signups/${c.studentA.token}` }), [
  { label: 'unknown locale', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}?locale=de` }) },
  { label: 'two locales', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}?locale=en&locale=fr` }) },
  { label: 'locale traversal', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}?locale=..%2f..%2fen` }) },
  { label: 'locale with SQL', key: 'invalidInput', request: c => ({ path: `/api/signups/${c.studentA.token}?locale=en%27%20OR%201%3D1` }) },
])

// ---------------------------------------------------------------- organiser: events

const shanghai = (days: number) => toShanghaiDateTimeValue(new Date(Date.now() + days * 86_400_000))
const event = () => eventInput() as unknown as Record<string, unknown>
add('event create', () => ({ method: 'POST', path: '/api/organiser/events', as: 'owner' }), [
  ...wrongTypes(event, ['walkSlug', 'stopSlugs', 'meetingLat', 'capacity', 'durationMin', 'startsAt', 'descriptions', 'status'], ['42', 'text', [], {}, true]),
  ...Object.entries(MULTI_LINE_INJECTIONS).map(([label, text]) => ({ label: `description with ${label}`, key: 'invalidInput' as const, request: () => json({ ...event(), descriptions: { en: text } }) })),
  ...Object.entries(MULTI_LINE_INJECTIONS).slice(0, 3).map(([label, text]) => ({ label: `meeting note with ${label}`, key: 'invalidInput' as const, request: () => json({ ...event(), meetingNote: { zh: text } }) })),
  { label: 'capacity 0', key: 'invalidInput', request: () => json({ ...event(), capacity: 0 }) },
  { label: 'capacity 501', key: 'invalidInput', request: () => json({ ...event(), capacity: 501 }) },
  { label: 'capacity 1.5', key: 'invalidInput', request: () => json({ ...event(), capacity: 1.5 }) },
  { label: 'capacity 1e308', key: 'invalidInput', request: () => raw(JSON.stringify(event()).replace('"capacity":5', '"capacity":1e999')) },
  { label: 'meeting point outside Shanghai', key: 'invalidInput', request: () => json({ ...event(), meetingLat: 48.85, meetingLng: 2.35 }) },
  { label: 'a start in the past', key: 'invalidInput', request: () => json({ ...event(), startsAt: shanghai(-2), signupDeadline: shanghai(-3) }) },
  { label: 'a start in three years', key: 'invalidInput', request: () => json({ ...event(), startsAt: shanghai(1100), signupDeadline: shanghai(1099) }) },
  { label: 'a deadline after the start', key: 'invalidInput', request: () => json({ ...event(), signupDeadline: shanghai(200) }) },
  { label: 'a date with SQL', key: 'invalidInput', request: () => json({ ...event(), startsAt: '2030-01-01T10:00\'; DROP TABLE events; --' }) },
  { label: 'an unknown walk', key: 'invalidInput', request: () => json({ ...event(), walkSlug: 'no-such-walk' }) },
  { label: 'a stop slug with ../', key: 'invalidInput', request: () => json({ ...event(), stopSlugs: ['../../etc/passwd'] }) },
  { label: 'an unknown stop', key: 'invalidInput', request: () => json({ ...event(), stopSlugs: ['no-such-stop'] }) },
  { label: '31 stops', key: 'invalidInput', request: () => json({ ...event(), stopSlugs: Array.from({ length: 31 }, () => 'zhongshan-park-frontage') }) },
  { label: '10k stops', key: 'bodyTooLarge', request: () => json({ ...event(), stopSlugs: Array.from({ length: 10_000 }, () => 'a') }) },
  { label: 'a description in an unknown language', key: 'invalidInput', request: () => json({ ...event(), descriptions: { de: 'Ein Spaziergang.' } }) },
  { label: 'descriptions with a __proto__ language', key: 'invalidInput', request: () => raw(JSON.stringify(event()).replace('"descriptions":{', '"descriptions":{"__proto__":{"en":"x"},')) },
  { label: 'only blank descriptions', key: 'invalidInput', request: () => json({ ...event(), descriptions: { en: '   ' } }) },
  { label: 'a description of 2001 characters', key: 'invalidInput', request: () => json({ ...event(), descriptions: { en: 'a'.repeat(2001) } }) },
  { label: 'an unknown guide language', key: 'invalidInput', request: () => json({ ...event(), guideLanguages: ['xx'] }) },
  { label: 'status deleted', key: 'invalidInput', request: () => json({ ...event(), status: 'deleted' }) },
  { label: 'an organiser id of its own choosing', key: 'invalidInput', request: () => json({ ...event(), organiserId: randomUUID(), id: randomUUID() }) },
  ...bodyShapes(event, 'startsAt'),
  { label: 'invalid UTF-8 bytes in a description', key: 'invalidInput', request: () => raw(withInvalidUtf8({ ...event(), descriptions: { en: `A walk ${NOT_UTF8} along the creek.` } })) },
  ...envelopes(event),
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(event()) }) },
  { label: 'a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(event()) }) },
  { label: 'a forged session cookie', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(event()), headers: { 'content-type': 'application/json', 'cookie': `nuxt-session=Fe26.2**${'A'.repeat(400)}` } }) },
  { label: 'a 6 KB cookie', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(event()), headers: { 'content-type': 'application/json', 'cookie': `nuxt-session=${'A'.repeat(6000)}` } }) },
  ...wrongMethods(['DELETE', 'PATCH'], event),
])

const ownEvent = (c: Context) => ({ method: 'PUT', path: `/api/organiser/events/${c.ownerEvent}`, as: 'owner' as const })
add('event update', ownEvent, [
  ...wrongTypes(event, ['stopSlugs', 'capacity', 'status', 'meetingNote'], [null, 'text', {}]),
  { label: 'capacity -1', key: 'invalidInput', request: () => json({ ...event(), capacity: -1 }) },
  { label: 'status cancelled with an unknown walk', key: 'invalidInput', request: () => json({ ...event(), status: 'cancelled', walkSlug: 'no-such-walk' }) },
  ...bodyShapes(event, 'startsAt').filter((_, i) => i % 2 === 0),
  ...envelopes(event),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json({ ...event(), status: 'cancelled' }) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json({ ...event(), status: 'cancelled' }) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json({ ...event(), status: 'cancelled' }) }) },
  { label: 'the other organiser\'s event by the owner', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}`, ...json({ ...event(), status: 'cancelled' }) }) },
  ...hostileSegments(id => `/api/organiser/events/${id}`, 'PUT', 'owner', () => ({ ...event(), status: 'cancelled' }), { 'an unknown event id': () => randomUUID() }),
])

const preview = (c: Context) => ({ method: 'POST', path: `/api/organiser/events/${c.ownerEvent}/preview`, as: 'owner' as const })
add('event change preview', preview, [
  ...wrongTypes(event, ['capacity', 'status', 'startsAt'], [null, 'text', {}]),
  { label: 'capacity -1', key: 'invalidInput', request: () => json({ ...event(), capacity: -1 }) },
  ...envelopes(event),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json({ ...event(), status: 'cancelled' }) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json({ ...event(), status: 'cancelled' }) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json({ ...event(), status: 'cancelled' }) }) },
  ...hostileSegments(id => `/api/organiser/events/${id}/preview`, 'POST', 'owner', () => ({ ...event(), status: 'cancelled' }), { 'an unknown event id': () => randomUUID() }),
  ...wrongMethods(['GET', 'PUT', 'DELETE'], event),
])

// ---------------------------------------------------------------- organiser: attendees and check-in

const patch = () => ({ checkedIn: true })
const attendee = (c: Context) => ({ method: 'PATCH', path: `/api/organiser/events/${c.ownerEvent}/attendees/${c.studentA.id}`, as: 'owner' as const })
add('attendee check-in', attendee, [
  ...wrongTypes(patch, ['checkedIn'], ['true', 1, null, {}, []]),
  ...bodyShapes(patch, 'checkedIn').filter(v => !v.label.includes('invalid UTF-8') && !v.label.includes('1 MB')),
  { label: 'checkedIn of 1 MB', key: 'bodyTooLarge', request: () => json({ checkedIn: huge() }) },
  ...envelopes(patch),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json(patch()) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(patch()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(patch()) }) },
  { label: 'another event\'s sign-up under the owner\'s event', key: 'signupNotFound', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/attendees/${c.studentB.id}`, ...json(patch()) }) },
  { label: 'another organiser\'s event and sign-up', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}/attendees/${c.studentB.id}`, ...json(patch()) }) },
  { label: 'the personal-link token as the sign-up id', key: 'notFound', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/attendees/${c.studentA.token}`, ...json(patch()) }) },
  ...hostileSegments(id => `/api/organiser/events/placeholder/attendees/${id}`, 'PATCH', 'owner', patch).slice(0, 4).map(v => ({ ...v, request: (c: Context) => ({ ...v.request(c), path: v.request(c).path!.replace('placeholder', c.ownerEvent) }) })),
  ...wrongMethods(['POST', 'PUT', 'DELETE'], patch),
])

const move = () => ({ status: 'confirmed', overCapacity: true })
add('moving an attendee by hand', attendee, [
  ...wrongTypes(move, ['status', 'overCapacity'], ['cancelled', 'CONFIRMED', 1, null, {}, [], 'true']),
  { label: 'a move and a check-in at once', key: 'invalidInput', request: () => json({ ...move(), checkedIn: true }) },
  { label: 'overCapacity without a status', key: 'invalidInput', request: () => json({ overCapacity: true }) },
  { label: 'a status of 1 MB', key: 'bodyTooLarge', request: () => json({ status: huge() }) },
  ...envelopes(move),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json(move()) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(move()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(move()) }) },
  { label: 'another event\'s sign-up under the owner\'s event', key: 'signupNotFound', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/attendees/${c.studentB.id}`, ...json(move()) }) },
  { label: 'a cancelled sign-up', key: 'moveCancelledSignup', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/attendees/${c.studentC.id}`, ...json(move()) }) },
])

const code = (c: Context) => ({ code: c.studentA.code })
add('door check-in', c => ({ method: 'POST', path: `/api/organiser/events/${c.ownerEvent}/checkin`, as: 'owner' }), [
  { label: 'a ticket of another organiser\'s walk', key: 'ticketOtherEvent', request: c => json({ code: c.studentB.code }) },
  { label: 'a cancelled ticket', key: 'ticketCancelled', request: c => json({ code: c.studentC.code }) },
  { label: 'an unknown ticket', key: 'ticketUnknown', request: () => json({ code: '0000-0000-0000' }) },
  { label: 'the personal-link token as the code', key: 'invalidInput', request: c => json({ code: c.studentA.token }) },
  { label: 'a code of 65 characters', key: 'invalidInput', request: () => json({ code: 'A'.repeat(65) }) },
  ...wrongTypes(code, ['code'], [null, 42, [], {}, ['7K3M-Q9XD-2HFP']]),
  ...Object.entries({ ...SINGLE_LINE_INJECTIONS, ...ZERO_WIDTH }).slice(0, 6).map(([label, value]) => ({ label: `code with ${label}`, key: 'invalidInput' as const, request: (c: Context) => json({ code: `${c.studentA.code.slice(0, 6)}${value}${c.studentA.code.slice(6)}` }) })),
  ...SQL_METACHARACTERS.map(value => ({ label: `code ${value}`, request: () => json({ code: value }) })),
  ...bodyShapes(code, 'code').filter((_, i) => i % 3 === 0),
  ...envelopes(code),
  { label: 'the owner\'s ticket by the other organiser', key: 'eventNotFound', request: c => ({ as: 'otherOrganiser', ...json(code(c)) }) },
  { label: 'by a volunteer', key: 'forbidden', request: c => ({ as: 'volunteer', ...json(code(c)) }) },
  { label: 'anonymous', key: 'unauthenticated', request: c => ({ as: 'anonymous', ...json(code(c)) }) },
  { label: 'at another organiser\'s walk with its own ticket', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}/checkin`, ...json({ code: c.studentB.code }) }) },
  ...hostileSegments(id => `/api/organiser/events/${id}/checkin`, 'POST', 'owner', code).slice(0, 5),
])

add('organiser reads', () => ({ method: 'GET', path: '' }), ['attendees', 'attendees.csv', 'outbox', ''].flatMap(tail => [
  { label: `${tail || 'event'} of the owner's walk by the other organiser`, key: 'eventNotFound' as const, request: (c: Context) => ({ as: 'otherOrganiser' as const, path: `/api/organiser/events/${c.ownerEvent}${tail ? `/${tail}` : ''}` }) },
  { label: `${tail || 'event'} by a volunteer`, key: 'forbidden' as const, request: (c: Context) => ({ as: 'volunteer' as const, path: `/api/organiser/events/${c.ownerEvent}${tail ? `/${tail}` : ''}` }) },
  { label: `${tail || 'event'} anonymous`, key: 'unauthenticated' as const, request: (c: Context) => ({ path: `/api/organiser/events/${c.ownerEvent}${tail ? `/${tail}` : ''}` }) },
  { label: `${tail || 'event'} with a traversing id`, request: () => ({ as: 'owner' as const, path: `/api/organiser/events/%2e%2e%2f%2e%2e%2fwalks${tail ? `/${tail}` : ''}` }) },
]))

// ---------------------------------------------------------------- the live walk
// The owner's event has not gone live: a valid action other than 'start' is refused as not started.

const liveMessage = () => ({ action: 'message', text: 'We meet at the gate.', lang: 'en' })
const goTo = () => ({ action: 'goTo', stopIndex: 1 })
const position = () => ({ action: 'position', lat: 31.2199, lng: 121.4111 })
const liveAction = (c: Context) => ({ method: 'POST', path: `/api/organiser/events/${c.ownerEvent}/live`, as: 'owner' as const })
add('live action', liveAction, [
  { label: 'moving a group whose walk has not started', key: 'liveNotStarted', request: () => json(goTo()) },
  { label: 'a message to a group whose walk has not started', key: 'liveNotStarted', request: () => json(liveMessage()) },
  { label: 'an unknown action', key: 'invalidInput', request: () => json({ action: 'delete' }) },
  { label: 'an action in capitals', key: 'invalidInput', request: () => json({ action: 'START' }) },
  { label: 'start with an extra field', key: 'invalidInput', request: () => json({ action: 'start', status: 'ended' }) },
  { label: 'an unknown preset', key: 'invalidInput', request: () => json({ action: 'preset', preset: 'evacuate' }) },
  { label: 'a preset given as its text', key: 'invalidInput', request: () => json({ action: 'preset', preset: 'We gather here for five minutes.' }) },
  ...wrongTypes(goTo, ['stopIndex'], [null, '1', -1, 1.5, 100, 1e300, true, [], {}]),
  ...wrongTypes(position, ['lat', 'lng'], [null, '31.2', 91, -181, true, [], {}]),
  { label: 'a position without its longitude', key: 'invalidInput', request: () => json({ action: 'position', lat: 31.2 }) },
  ...wrongTypes(liveMessage, ['text', 'lang'], [null, 42, true, [], {}]),
  { label: 'a message in an unknown language', key: 'invalidInput', request: () => json({ ...liveMessage(), lang: 'de' }) },
  { label: 'an empty message', key: 'invalidInput', request: () => json({ ...liveMessage(), text: '' }) },
  { label: 'a message of spaces', key: 'invalidInput', request: () => json({ ...liveMessage(), text: '   ' }) },
  { label: 'a message of 201 characters', key: 'invalidInput', request: () => json({ ...liveMessage(), text: 'a'.repeat(201) }) },
  ...strings(liveMessage, ['text'], SINGLE_LINE_INJECTIONS, 'invalidInput'),
  ...bodyShapes(liveMessage, 'text'),
  ...envelopes(liveMessage),
  { label: 'starting the other organiser\'s walk', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}/live`, ...json({ action: 'start' }) }) },
  { label: 'starting a draft', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.draftEvent}/live`, ...json({ action: 'start' }) }) },
  { label: 'starting a cancelled walk', key: 'cancelled', request: c => ({ path: `/api/organiser/events/${c.cancelledEvent}/live`, ...json({ action: 'start' }) }) },
  { label: 'starting it by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json({ action: 'start' }) }) },
  { label: 'starting it by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json({ action: 'start' }) }) },
  { label: 'starting it anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json({ action: 'start' }) }) },
  ...wrongMethods(['PUT', 'DELETE', 'PATCH'], () => ({ action: 'start' })),
  ...hostileSegments(id => `/api/organiser/events/${id}/live`, 'POST', 'owner', () => ({ action: 'start' })).slice(0, 5),
])
add('live guide', c => ({ method: 'GET', path: `/api/organiser/events/${c.cancelledEvent}/live`, as: 'owner' }), [
  { label: 'the stream of a cancelled walk', key: 'cancelled', request: () => ({}) },
])
add('live follow', () => ({ method: 'GET', path: '' }), withTokens(token => `/api/signups/${token}/live`, 'GET'))
add('live follow with a valid token', c => ({ method: 'GET', path: `/api/signups/${c.studentC.token}/live` }), [
  { label: 'a cancelled place', key: 'liveConfirmedOnly', request: () => ({}) },
  ...wrongMethods(['POST', 'PUT', 'DELETE'], () => ({ action: 'start' })),
])
add('live guide', () => ({ method: 'GET', path: '' }), ['live', 'live/followers'].flatMap(tail => [
  { label: `${tail} of the owner's walk by the other organiser`, key: 'eventNotFound' as const, request: (c: Context) => ({ as: 'otherOrganiser' as const, path: `/api/organiser/events/${c.ownerEvent}/${tail}` }) },
  { label: `${tail} by a volunteer`, key: 'forbidden' as const, request: (c: Context) => ({ as: 'volunteer' as const, path: `/api/organiser/events/${c.ownerEvent}/${tail}` }) },
  { label: `${tail} anonymous`, key: 'unauthenticated' as const, request: (c: Context) => ({ path: `/api/organiser/events/${c.ownerEvent}/${tail}` }) },
  { label: `${tail} with a traversing id`, request: () => ({ as: 'owner' as const, path: `/api/organiser/events/%2e%2e%2f%2e%2e%2fwalks/${tail}` }) },
  { label: `${tail} with an id that is no uuid`, key: 'notFound' as const, request: () => ({ as: 'owner' as const, path: `/api/organiser/events/1%20OR%201=1/${tail}` }) },
]))

// ---------------------------------------------------------------- the walk's team

const teamMember = () => ({ email: OTHER_ORGANISER.email, role: 'guide' })
add('team naming', c => ({ method: 'POST', path: `/api/organiser/events/${c.ownerEvent}/team`, as: 'owner' }), [
  { label: 'an address with no account', key: 'teamAccountNotFound', request: () => json({ email: 'nobody@example.org', role: 'guide' }) },
  { label: 'a volunteer\'s address as co-organiser', key: 'teamVolunteerGuideOnly', request: () => json({ email: VOLUNTEER.email, role: 'organiser' }) },
  { label: 'the last co-organiser made guide', key: 'teamLastOrganiser', request: () => json({ email: OWNER.email, role: 'guide' }) },
  { label: 'an unknown role', key: 'invalidInput', request: () => json({ ...teamMember(), role: 'admin' }) },
  { label: 'the role organiser in capitals', key: 'invalidInput', request: () => json({ ...teamMember(), role: 'ORGANISER' }) },
  { label: 'a user id instead of an address', key: 'invalidInput', request: () => json({ userId: '00000000-0000-4000-8000-000000000000', role: 'guide' }) },
  ...wrongTypes(teamMember, ['email', 'role'], [null, 42, true, [], {}, ['a@example.org']]),
  ...strings(teamMember, ['email'], { ...SINGLE_LINE_INJECTIONS, ...ZERO_WIDTH, 'SQL': '\' OR 1=1 --@example.org', 'two addresses': 'a@example.org,b@example.org' }),
  // (Its "unknown extra field" is `role`, which this body has for real.)
  ...bodyShapes(teamMember, 'email').filter(shape => shape.label !== 'an unknown extra field'),
  { label: 'an unknown extra field', key: 'invalidInput', request: () => json({ ...teamMember(), isAdmin: true }) },
  ...envelopes(teamMember),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json(teamMember()) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(teamMember()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(teamMember()) }) },
  { label: 'to the other organiser\'s walk', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}/team`, ...json({ email: OWNER.email, role: 'organiser' }) }) },
  ...wrongMethods(['PUT', 'PATCH'], teamMember),
  ...hostileSegments(id => `/api/organiser/events/${id}/team`, 'POST', 'owner', teamMember).slice(0, 5),
])
// ---------------------------------------------------------------- writing to a walk's students

const message = () => ({ audience: 'confirmed', template: 'weather', note: 'Bring water.' })
add('group message', c => ({ method: 'POST', path: `/api/organiser/events/${c.ownerEvent}/messages`, as: 'owner' }), [
  { label: 'neither a ready-made message nor a note', key: 'invalidInput', request: () => json({ ...message(), template: null, note: '' }) },
  { label: 'a note of white space only', key: 'invalidInput', request: () => json({ ...message(), template: null, note: ' \n\t ' }) },
  { label: 'a note of 2001 characters', key: 'invalidInput', request: () => json({ ...message(), note: 'n'.repeat(2001) }) },
  { label: 'an unknown template', key: 'invalidInput', request: () => json({ ...message(), template: 'free beer' }) },
  { label: 'an audience of its own', key: 'invalidInput', request: () => json({ ...message(), audience: 'organisers' }) },
  { label: 'a list of addresses', key: 'invalidInput', request: () => json({ ...message(), to: ['victim@example.org'] }) },
  { label: 'nobody waiting', key: 'messageNobody', request: () => json({ ...message(), audience: 'waiting' }) },
  { label: 'nobody on the draft walk', key: 'messageNobody', request: c => ({ path: `/api/organiser/events/${c.draftEvent}/messages`, ...json(message()) }) },
  ...Object.entries(MULTI_LINE_INJECTIONS).map(([label, text]) => ({ label: `a note with ${label}`, key: 'invalidInput' as const, request: () => json({ ...message(), note: text }) })),
  ...wrongTypes(message, ['audience', 'template', 'note'], [42, true, {}, ['weather']]),
  ...bodyShapes(message, 'note'),
  ...envelopes(message),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json(message()) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(message()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(message()) }) },
  { label: 'to the other organiser\'s walk', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}/messages`, ...json(message()) }) },
  ...wrongMethods(['PUT', 'DELETE'], message),
  ...hostileSegments(id => `/api/organiser/events/${id}/messages`, 'POST', 'owner', message).slice(0, 5),
])

// ---------------------------------------------------------------- repeating a walk

/** A Shanghai date `days` from now (the owner's walk is 120 days away). */
const inDays = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000))
const repeat = () => ({ dates: [inDays(200)], status: 'draft' })
add('walk repeat', c => ({ method: 'POST', path: `/api/organiser/events/${c.ownerEvent}/repeat`, as: 'owner' }), [
  { label: 'no dates', key: 'invalidInput', request: () => json({ ...repeat(), dates: [] }) },
  { label: 'thirteen dates', key: 'invalidInput', request: () => json({ ...repeat(), dates: Array.from({ length: 13 }, (_, i) => inDays(200 + i)) }) },
  { label: 'a date twice', key: 'invalidInput', request: () => json({ ...repeat(), dates: [inDays(200), inDays(200)] }) },
  { label: 'a day that does not exist', key: 'invalidInput', request: () => json({ ...repeat(), dates: ['2031-02-30'] }) },
  { label: 'a month that does not exist', key: 'invalidInput', request: () => json({ ...repeat(), dates: ['2031-13-01'] }) },
  { label: 'a date with a time', key: 'invalidInput', request: () => json({ ...repeat(), dates: [`${inDays(200)}T09:00`] }) },
  { label: 'a date in 2020', key: 'repeatDatePast', request: () => json({ ...repeat(), dates: [inDays(200), '2020-01-04'] }) },
  { label: 'the walk\'s own day', key: 'repeatSameDay', request: () => json({ ...repeat(), dates: [inDays(120)] }) },
  { label: 'status cancelled', key: 'invalidInput', request: () => json({ ...repeat(), status: 'cancelled' }) },
  { label: 'status PUBLISHED', key: 'invalidInput', request: () => json({ ...repeat(), status: 'PUBLISHED' }) },
  { label: 'a date with a script', key: 'invalidInput', request: () => json({ ...repeat(), dates: ['<script>alert(1)</script>'] }) },
  ...wrongTypes(repeat, ['dates', 'status'], [null, 42, true, {}, 'text']),
  ...bodyShapes(repeat, 'status'),
  ...envelopes(repeat),
  { label: 'by the other organiser', key: 'eventNotFound', request: () => ({ as: 'otherOrganiser', ...json(repeat()) }) },
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(repeat()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(repeat()) }) },
  { label: 'the other organiser\'s walk', key: 'eventNotFound', request: c => ({ path: `/api/organiser/events/${c.otherEvent}/repeat`, ...json(repeat()) }) },
  ...wrongMethods(['GET', 'PUT'], repeat),
  ...hostileSegments(id => `/api/organiser/events/${id}/repeat`, 'POST', 'owner', repeat).slice(0, 5),
])

add('team removal', () => ({ method: 'DELETE', path: '', as: 'owner' }), [
  { label: 'the last co-organiser', key: 'teamLastOrganiser', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/team/${c.ownerId}` }) },
  { label: 'someone not on the team', key: 'teamNotMember', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/team/00000000-0000-4000-8000-000000000000` }) },
  { label: 'a user id that is no uuid', key: 'notFound', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/team/1%20OR%201=1` }) },
  { label: 'the owner, by the other organiser', key: 'eventNotFound', request: c => ({ as: 'otherOrganiser', path: `/api/organiser/events/${c.ownerEvent}/team/${c.ownerId}` }) },
  { label: 'the owner, anonymous', key: 'unauthenticated', request: c => ({ as: 'anonymous', path: `/api/organiser/events/${c.ownerEvent}/team/${c.ownerId}` }) },
  { label: 'the owner, from another site', key: 'crossSite', request: c => ({ path: `/api/organiser/events/${c.ownerEvent}/team/${c.ownerId}`, headers: { origin: 'https://evil.example' } }) },
])

// ---------------------------------------------------------------- invites

const invite = () => ({ email: 'new.volunteer@example.org' })
add('invite create', () => ({ method: 'POST', path: '/api/organiser/invites', as: 'owner' }), [
  ...wrongTypes(invite, ['email'], [null, 42, [], {}, ['a@example.org', 'b@example.org']]),
  ...strings(invite, ['email'], { ...SINGLE_LINE_INJECTIONS, ...ZERO_WIDTH, 'CR LF and a Bcc header': 'new@example.org\r\nBcc: all@example.org', 'two addresses': 'a@example.org,b@example.org', 'SQL': '\'; DELETE FROM users; --@example.org' }),
  { label: 'an address of 255 characters', key: 'invalidInput', request: () => json({ email: `${'a'.repeat(243)}@example.org` }) },
  { label: 'an address that has an account', key: 'emailTaken', request: () => json({ email: VOLUNTEER.email }) },
  { label: 'the organiser role asked for', key: 'invalidInput', request: () => json({ ...invite(), role: 'organiser' }) },
  { label: 'a language the app does not have', key: 'invalidInput', request: () => json({ ...invite(), language: 'de', send: true }) },
  { label: 'a language that climbs out of its folder', key: 'invalidInput', request: () => json({ ...invite(), language: '../en', send: true }) },
  { label: 'send as a string', key: 'invalidInput', request: () => json({ ...invite(), send: 'true' }) },
  { label: 'e-mailed to an address that has an account', key: 'emailTaken', request: () => json({ email: VOLUNTEER.email, language: 'ko', send: true }) },
  ...bodyShapes(invite, 'email'),
  ...envelopes(invite),
  { label: 'by a volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(invite()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(invite()) }) },
  ...wrongMethods(['GET', 'PUT'], invite),
])

const accept = () => ({ name: 'New Volunteer', password: 'a long enough password' })
add('invite accept', c => ({ method: 'POST', path: `/api/invites/${c.inviteToken}` }), [
  ...wrongTypes(accept, ['name', 'password'], [null, 42, [], {}]),
  ...strings(accept, ['name'], SINGLE_LINE_INJECTIONS, 'invalidInput'),
  { label: 'a blank name', key: 'invalidInput', request: () => json({ ...accept(), name: '   ' }) },
  { label: 'a name of zero-width characters only', key: 'invalidInput', request: () => json({ ...accept(), name: '\u200B\u200D\uFEFF' }) },
  { label: 'a name of a zero-width joiner only', key: 'invalidInput', request: () => json({ ...accept(), name: '\u200D' }) },
  { label: 'a name of 101 characters', key: 'invalidInput', request: () => json({ ...accept(), name: 'n'.repeat(101) }) },
  { label: 'a password of 11 characters', key: 'invalidInput', request: () => json({ ...accept(), password: 'p'.repeat(11) }) },
  { label: 'a password of 201 characters', key: 'invalidInput', request: () => json({ ...accept(), password: 'p'.repeat(201) }) },
  { label: 'the organiser role asked for', key: 'invalidInput', request: () => json({ ...accept(), role: 'organiser' }) },
  { label: 'an e-mail address of its own choosing', key: 'invalidInput', request: () => json({ ...accept(), email: OWNER.email }) },
  { label: 'duplicate name, the last with a NUL', key: 'invalidInput', request: () => raw(jsonWithDuplicate(accept(), 'name', '"Eve\\u0000"')) },
  ...bodyShapes(accept, 'name'),
  ...envelopes(accept),
])
const foreignInviteTokens: Record<string, (c: Context) => string> = {
  ...Object.fromEntries(Object.entries(foreignTokens).filter(([label]) => label !== 'the invite token as a sign-up token')),
  'a sign-up token as the invite token': c => c.studentA.token,
  'the invite token one character changed': c => `${c.inviteToken.slice(0, -1)}${c.inviteToken.endsWith('A') ? 'B' : 'A'}`,
}
add('invite accept', () => ({ method: 'POST', path: '' }), hostileSegments(token => `/api/invites/${token}`, 'POST', 'anonymous', accept, foreignInviteTokens))
add('invite page', () => ({ method: 'GET', path: '' }), hostileSegments(token => `/api/invites/${token}`, 'GET', 'anonymous', undefined, { 'an unknown token': () => 'B'.repeat(32), 'a sign-up token': c => c.studentB.token }))

// ---------------------------------------------------------------- studio

const draft = () => ({ kind: 'stop', slug: 'zhongshan-park-frontage', locale: 'fr', fields: { title: 'Parc Zhongshan' }, body: 'Texte.', position: null })
add('studio draft', () => ({ method: 'PUT', path: '/api/studio/drafts', as: 'volunteer' }), [
  ...wrongTypes(draft, ['kind', 'slug', 'locale', 'fields', 'body', 'position'], [42, [], true, 'text']).filter(v => v.label !== 'body = "text"'),
  { label: 'kind page', key: 'invalidInput', request: () => json({ ...draft(), kind: 'page' }) },
  { label: 'slug ../../package', key: 'invalidInput', request: () => json({ ...draft(), slug: '../../package' }) },
  { label: 'slug ..%2f..%2fpackage', key: 'invalidInput', request: () => json({ ...draft(), slug: '..%2f..%2fpackage' }) },
  { label: 'slug with a NUL', key: 'invalidInput', request: () => json({ ...draft(), slug: 'zhongshan\u0000park' }) },
  { label: 'an unknown stop', key: 'textNotFound', request: () => json({ ...draft(), slug: 'no-such-stop' }) },
  { label: 'a stop as a walk', key: 'textNotFound', request: () => json({ ...draft(), kind: 'walk' }) },
  { label: 'locale xx', key: 'invalidInput', request: () => json({ ...draft(), locale: 'xx' }) },
  { label: 'locale ../en', key: 'invalidInput', request: () => json({ ...draft(), locale: '../en' }) },
  { label: 'nine fields', key: 'invalidInput', request: () => json({ ...draft(), fields: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}`, 'x'])) }) },
  { label: 'a field named __proto__', key: 'invalidInput', request: () => raw(JSON.stringify(draft()).replace('"fields":{', '"fields":{"__proto__":"x",')) },
  { label: 'a field named ../x', key: 'invalidInput', request: () => json({ ...draft(), fields: { '../x': 'y' } }) },
  { label: 'a field of 2001 characters', key: 'invalidInput', request: () => json({ ...draft(), fields: { title: 't'.repeat(2001) } }) },
  ...Object.entries(MULTI_LINE_INJECTIONS).map(([label, text]) => ({ label: `a field with ${label}`, key: 'invalidInput' as const, request: () => json({ ...draft(), fields: { title: text } }) })),
  ...Object.entries(MULTI_LINE_INJECTIONS).slice(0, 3).map(([label, text]) => ({ label: `the body with ${label}`, key: 'invalidInput' as const, request: () => json({ ...draft(), body: text }) })),
  { label: 'a position in Paris out of range', key: 'invalidInput', request: () => json({ ...draft(), position: { lat: 91, lng: 2, accuracyM: 5 } }) },
  { label: 'a position with an extra member', key: 'invalidInput', request: () => json({ ...draft(), position: { lat: 31, lng: 121, accuracyM: 5, authorId: 'x' } }) },
  { label: 'a status of its own choosing', key: 'invalidInput', request: () => json({ ...draft(), status: 'published' }) },
  ...Object.entries({
    'a practical block as text': 'open',
    'a visiting status of its own': { visiting: { status: 'closed' } },
    'a claim citing source -1': { visiting: { status: 'open', source: -1 } },
    'a claim citing a source by name': { visiting: { status: 'open', source: 'elsewhere' } },
    'a claim citing source 10^6': { visiting: { status: 'open', source: 1e6 } },
    'a claim dated month 13': { visiting: { status: 'open', asOf: '2019-13' } },
    'a claim dated with a script': { visiting: { status: 'open', asOf: '<script>' } },
    'opening at 25:00': { visiting: { status: 'open' }, hours: { periods: [{ opens: '25:00', closes: '26:00' }] } },
    'opening at 9:00 without its zero': { visiting: { status: 'open' }, hours: { periods: [{ opens: '9:00', closes: '17:00' }] } },
    'weekday 8': { visiting: { status: 'open' }, hours: { periods: [{ days: [8], opens: '09:00', closes: '17:00' }] } },
    'eight opening periods': { visiting: { status: 'open' }, hours: { periods: Array.from({ length: 8 }, () => ({ opens: '09:00', closes: '17:00' })) } },
    'hours without periods': { visiting: { status: 'open' }, hours: { periods: [] } },
    'an extra member': { visiting: { status: 'open' }, openingHours: 'always' },
    'admission as a price': { visiting: { status: 'open' }, admission: { free: '0 yuan' } },
  }).map(([label, practical]) => ({ label: `practical facts: ${label}`, key: 'invalidInput' as const, request: () => json({ ...draft(), practical }) })),
  ...bodyShapes(draft, 'body'),
  ...envelopes(draft),
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(draft()) }) },
  ...wrongMethods(['POST', 'DELETE'], draft),
])

const revision = () => ({ revision: 1 })
const onSubmission = (kind: 'submit' | 'approve' | 'return', id: (c: Context) => string, as: Sender) => (c: Context) => ({ method: 'POST', path: `/api/studio/submissions/${id(c)}/${kind}`, as })
add('studio submit', onSubmission('submit', c => c.volunteerStopDraft, 'volunteer'), [
  ...wrongTypes(revision, ['revision'], ['1', 0, -1, 1.5, null, 2 ** 53]),
  { label: 'an incomplete draft', key: 'submissionInvalid', request: () => json(revision()) },
  ...bodyShapes(revision, 'revision').filter((_, i) => i % 2 === 1),
  ...envelopes(revision),
  { label: 'the volunteer\'s draft by an organiser', key: 'forbidden', request: () => ({ as: 'owner', ...json(revision()) }) },
  { label: 'the organiser\'s draft by the volunteer', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.ownerDraft}/submit`, ...json(revision()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(revision()) }) },
  ...hostileSegments(id => `/api/studio/submissions/${id}/submit`, 'POST', 'volunteer', revision, { 'an unknown id': () => randomUUID() }),
])
add('studio approve', onSubmission('approve', c => c.submitted.id, 'owner'), [
  { label: 'a revision never reviewed', key: 'submissionChanged', request: c => json({ revision: c.submitted.revision + 1 }) },
  { label: 'a draft, not submitted', key: 'submissionChanged', request: c => ({ path: `/api/studio/submissions/${c.volunteerStopDraft}/approve`, ...json(revision()) }) },
  ...wrongTypes(revision, ['revision'], ['1', 0, null, [1]]),
  ...bodyShapes(revision, 'revision').filter((_, i) => i % 2 === 0),
  ...envelopes(c => ({ revision: c.submitted.revision })),
  { label: 'by the volunteer who wrote it', key: 'forbidden', request: c => ({ as: 'volunteer', ...json({ revision: c.submitted.revision }) }) },
  { label: 'anonymous', key: 'unauthenticated', request: c => ({ as: 'anonymous', ...json({ revision: c.submitted.revision }) }) },
  ...hostileSegments(id => `/api/studio/submissions/${id}/approve`, 'POST', 'owner', revision, { 'an unknown id': () => randomUUID() }).slice(0, 5),
])
const comment = () => ({ comment: 'Please check the address again.' })
add('studio return', onSubmission('return', c => c.submitted.id, 'owner'), [
  ...wrongTypes(comment, ['comment'], [null, 42, [], {}]),
  ...Object.entries(MULTI_LINE_INJECTIONS).map(([label, text]) => ({ label: `a comment with ${label}`, key: 'invalidInput' as const, request: () => json({ comment: text }) })),
  { label: 'a comment of two characters', key: 'invalidInput', request: () => json({ comment: 'no' }) },
  { label: 'a comment of 2001 characters', key: 'invalidInput', request: () => json({ comment: 'c'.repeat(2001) }) },
  { label: 'a draft, not submitted', key: 'submissionChanged', request: c => ({ path: `/api/studio/submissions/${c.volunteerStopDraft}/return`, ...json(comment()) }) },
  ...bodyShapes(comment, 'comment').filter((_, i) => i % 2 === 1),
  ...envelopes(comment),
  { label: 'by the volunteer', key: 'forbidden', request: () => ({ as: 'volunteer', ...json(comment()) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...json(comment()) }) },
  ...hostileSegments(id => `/api/studio/submissions/${id}/return`, 'POST', 'owner', comment, { 'an unknown id': () => randomUUID() }).slice(0, 5),
])

const wav = toneWav(2)
const audio = (body: string | Buffer, type = 'audio/wav'): Partial<HostileRequest> => ({ raw: body, headers: { 'content-type': type } })
add('studio audio', c => ({ method: 'POST', path: `/api/studio/submissions/${c.volunteerStopDraft}/audio`, as: 'volunteer' }), [
  { label: 'text sent as a WAV', key: 'audioInvalid', request: () => audio('RIFF but not really') },
  { label: 'an empty WAV', key: 'audioInvalid', request: () => audio('') },
  { label: 'a WAV header and nothing else', key: 'audioInvalid', request: () => audio(wav.subarray(0, 44)) },
  { label: 'a JSON body', key: 'audioInvalid', request: () => ({ json: { audio: 'x' } }) },
  { label: 'audio/mpeg', key: 'audioInvalid', request: () => audio(wav, 'audio/mpeg') },
  { label: 'audio/wav with parameters', key: 'audioInvalid', request: () => audio(wav, 'audio/wav; codecs=1') },
  { label: 'multipart', key: 'audioInvalid', request: () => audio(multipart({ file: 'x' }).body, multipart({}).type) },
  { label: 'no content type', key: 'audioInvalid', request: () => ({ raw: wav }) },
  { label: 'a declared length over 32 MB', key: 'audioTooLarge', request: () => ({ raw: wav, headers: { 'content-type': 'audio/wav', 'content-length': String(33 * MB) } }) },
  { label: 'a recording for a walk text', key: 'audioInvalid', request: c => ({ path: `/api/studio/submissions/${c.volunteerWalkDraft}/audio`, ...audio(wav) }) },
  { label: 'the volunteer\'s draft by an organiser', key: 'forbidden', request: () => ({ as: 'owner', ...audio(wav) }) },
  { label: 'the organiser\'s draft by the volunteer', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.ownerDraft}/audio`, ...audio(wav) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...audio(wav) }) },
  { label: 'from another site', key: 'crossSite', request: () => ({ ...audio(wav), headers: { 'content-type': 'audio/wav', 'origin': 'https://evil.example' } }) },
  { label: 'from another site (Sec-Fetch-Site)', key: 'crossSite', request: () => ({ ...audio(wav), headers: { 'content-type': 'audio/wav', 'origin': undefined, 'sec-fetch-site': 'cross-site' } }) },
  ...hostileSegments(id => `/api/studio/submissions/${id}/audio`, 'POST', 'volunteer').slice(0, 5).map(v => ({ ...v, request: (c: Context) => ({ ...v.request(c), ...audio(wav) }) })),
])

/** Pictures made before the first request (sharp is asynchronous). */
const stopImages = {} as Record<'jpeg' | 'png' | 'gif' | 'small' | 'bomb', Buffer>
const picture = (body: string | Buffer, type = 'image/jpeg'): Partial<HostileRequest> => ({ raw: body, headers: { 'content-type': type } })
const photoAt = (draft: string, query = 'author=Lin%20Mei&licence=CC-BY-4.0&own=yes') => `/api/studio/submissions/${draft}/photo?${query}`
add('studio photo', c => ({ method: 'PUT', path: photoAt(c.volunteerStopDraft), as: 'volunteer' }), [
  { label: 'an HTML page sent as JPEG', key: 'photoInvalid', request: () => picture('<!doctype html><script>alert(1)</script>') },
  { label: 'an SVG with a script', key: 'photoInvalid', request: () => picture('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/svg+xml') },
  { label: 'an SVG sent as PNG', key: 'photoInvalid', request: () => picture('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/png') },
  { label: 'a GIF', key: 'photoInvalid', request: () => picture(stopImages.gif, 'image/gif') },
  { label: 'a PNG sent as JPEG', key: 'photoInvalid', request: () => picture(stopImages.png) },
  { label: 'no content type', key: 'photoInvalid', request: () => ({ raw: stopImages.jpeg }) },
  { label: 'a JSON body', key: 'photoInvalid', request: () => ({ json: { photo: 'x' } }) },
  { label: 'multipart', key: 'photoInvalid', request: () => picture(multipart({ file: 'x' }).body, multipart({}).type) },
  { label: 'empty', key: 'photoInvalid', request: () => picture(Buffer.alloc(0)) },
  { label: 'a JPEG cut in half', key: 'photoInvalid', request: () => picture(stopImages.jpeg.subarray(0, Math.floor(stopImages.jpeg.length / 2))) },
  { label: 'too small to recognise a building by', key: 'photoTooSmall', request: () => picture(stopImages.small) },
  { label: '48 megapixels in a few KB (a decompression bomb)', key: 'photoTooLarge', request: () => picture(stopImages.bomb, 'image/png') },
  { label: 'a declared length over 16 MB', key: 'photoTooLarge', request: () => ({ raw: stopImages.jpeg, headers: { 'content-type': 'image/jpeg', 'content-length': String(17 * MB) } }) },
  { label: 'no credit', key: 'invalidInput', request: c => ({ path: `/api/studio/submissions/${c.volunteerStopDraft}/photo`, ...picture(stopImages.jpeg) }) },
  { label: 'without the word that the volunteer took it', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, 'author=Lin%20Mei&licence=CC-BY-4.0'), ...picture(stopImages.jpeg) }) },
  { label: 'own=true', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, 'author=Lin%20Mei&licence=CC-BY-4.0&own=true'), ...picture(stopImages.jpeg) }) },
  { label: 'all rights reserved', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, 'author=Lin%20Mei&licence=ARR&own=yes'), ...picture(stopImages.jpeg) }) },
  { label: 'two licences', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, 'author=Lin%20Mei&licence=CC0-1.0&licence=CC-BY-4.0&own=yes'), ...picture(stopImages.jpeg) }) },
  { label: 'an author with markup', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, `author=${encodeURIComponent('<img src=x onerror=alert(1)>')}&licence=CC0-1.0&own=yes`), ...picture(stopImages.jpeg) }) },
  { label: 'an author breaking the YAML line', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, `author=${encodeURIComponent('Lin }\nphoto: { id: x')}&licence=CC0-1.0&own=yes`), ...picture(stopImages.jpeg) }) },
  { label: 'an author with a text-direction override', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, `author=${encodeURIComponent('Lin \u202EieM')}&licence=CC0-1.0&own=yes`), ...picture(stopImages.jpeg) }) },
  { label: 'an author of 81 characters', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, `author=${'a'.repeat(81)}&licence=CC0-1.0&own=yes`), ...picture(stopImages.jpeg) }) },
  { label: 'an author of one letter', key: 'invalidInput', request: c => ({ path: photoAt(c.volunteerStopDraft, 'author=L&licence=CC0-1.0&own=yes'), ...picture(stopImages.jpeg) }) },
  { label: 'a photo for a walk text', key: 'photoInvalid', request: c => ({ path: photoAt(c.volunteerWalkDraft), ...picture(stopImages.jpeg) }) },
  { label: 'the volunteer\'s draft by an organiser', key: 'forbidden', request: () => ({ as: 'owner', ...picture(stopImages.jpeg) }) },
  { label: 'the organiser\'s draft by the volunteer', key: 'submissionNotFound', request: c => ({ path: photoAt(c.ownerDraft), ...picture(stopImages.jpeg) }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', ...picture(stopImages.jpeg) }) },
  { label: 'from another site', key: 'crossSite', request: () => ({ ...picture(stopImages.jpeg), headers: { 'content-type': 'image/jpeg', 'origin': 'https://evil.example' } }) },
  ...hostileSegments(id => photoAt(id), 'PUT', 'volunteer').slice(0, 5).map(v => ({ ...v, request: (c: Context) => ({ ...v.request(c), ...picture(stopImages.jpeg) }) })),
])
add('studio photo removal', c => ({ method: 'DELETE', path: `/api/studio/submissions/${c.volunteerStopDraft}/photo`, as: 'volunteer' }), [
  { label: 'the volunteer\'s draft by an organiser', key: 'forbidden', request: () => ({ as: 'owner' }) },
  { label: 'the organiser\'s draft by the volunteer', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.ownerDraft}/photo` }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous' }) },
  { label: 'from another site', key: 'crossSite', request: () => ({ headers: { origin: 'https://evil.example' } }) },
  { label: 'an unknown id', key: 'submissionNotFound', request: () => ({ path: `/api/studio/submissions/${randomUUID()}/photo` }) },
])

const newStop = (c: Context) => ({
  slug: `proposed-${c.volunteerStopDraft.slice(0, 8)}`, nameZh: '新站点', addressZh: '上海市长宁区愚园路', position: { lat: 31.2221, lng: 121.4231, accuracyM: 30 },
  visiting: 'unconfirmed', source: { title: 'A published source' }, walk: 'yuyuan-road', after: null,
})
add('studio new stop', () => ({ method: 'POST', path: '/api/studio/new-stops', as: 'volunteer' }), [
  { label: 'the name of a stop that exists', key: 'submissionInvalid', request: c => json({ ...newStop(c), slug: 'qian-xuesen-residence' }) },
  { label: 'a name that climbs out of its folder', key: 'invalidInput', request: c => json({ ...newStop(c), slug: '../../server/api/x' }) },
  { label: 'a name in capitals', key: 'invalidInput', request: c => json({ ...newStop(c), slug: 'New-Stop' }) },
  { label: 'a name of two letters', key: 'invalidInput', request: c => json({ ...newStop(c), slug: 'ab' }) },
  { label: 'an unknown walk', key: 'submissionInvalid', request: c => json({ ...newStop(c), walk: 'no-such-walk' }) },
  { label: 'after a stop of another walk', key: 'submissionInvalid', request: c => json({ ...newStop(c), after: 'zhongshan-park-frontage' }) },
  { label: 'a position in Beijing', key: 'submissionInvalid', request: c => json({ ...newStop(c), position: { lat: 39.9042, lng: 116.4074, accuracyM: 30 } }) },
  { label: 'a position without accuracy', key: 'invalidInput', request: c => json({ ...newStop(c), position: { lat: 31.22, lng: 121.42 } }) },
  { label: 'a script URL as its source', key: 'invalidInput', request: c => json({ ...newStop(c), source: { title: 'A published source', url: 'javascript:alert(1)' } }) },
  { label: 'a source without a title', key: 'invalidInput', request: c => json({ ...newStop(c), source: {} }) },
  { label: 'an unknown visiting status', key: 'invalidInput', request: c => json({ ...newStop(c), visiting: 'always' }) },
  { label: 'a Chinese name with a line break', key: 'invalidInput', request: c => json({ ...newStop(c), nameZh: '新\n站点' }) },
  { label: 'a Chinese name with a text-direction override', key: 'invalidInput', request: c => json({ ...newStop(c), nameZh: '新\u202E站点' }) },
  { label: 'facts of its own (a photo)', key: 'invalidInput', request: c => json({ ...newStop(c), photo: { id: '0123456789ab' } }) },
  ...wrongTypes(newStop, ['slug', 'nameZh', 'addressZh', 'position', 'walk', 'source'], [null, 42, [], {}]),
  ...bodyShapes(newStop, 'slug').filter((_, i) => i % 2 === 0),
  ...envelopes(newStop),
  { label: 'anonymous', key: 'unauthenticated', request: c => ({ as: 'anonymous', ...json(newStop(c)) }) },
  { label: 'from another site', key: 'crossSite', request: c => ({ ...json(newStop(c)), headers: { origin: 'https://evil.example' } }) },
])

const STATION = { nameZh: '江苏路站', lines: ['2', '11'], position: { lat: 31.2223, lng: 121.4260, accuracyM: 150 } }
const newWalk = (c: Context) => ({ slug: `walk-${c.volunteerStopDraft.slice(0, 8)}`, stops: ['rewi-alley-residence', 'qian-xuesen-residence'], start: STATION, end: STATION, notes: [] })
add('studio new walk', () => ({ method: 'POST', path: '/api/studio/new-walks', as: 'volunteer' }), [
  { label: 'the name of a walk that exists', key: 'submissionInvalid', request: c => json({ ...newWalk(c), slug: 'suzhou-creek' }) },
  { label: 'a stop that does not exist', key: 'submissionInvalid', request: c => json({ ...newWalk(c), stops: ['rewi-alley-residence', 'no-such-stop'] }) },
  { label: 'a stop that climbs out of its folder', key: 'invalidInput', request: c => json({ ...newWalk(c), stops: ['rewi-alley-residence', '../../package'] }) },
  { label: 'one stop only', key: 'invalidInput', request: c => json({ ...newWalk(c), stops: ['rewi-alley-residence'] }) },
  { label: 'a stop twice', key: 'invalidInput', request: c => json({ ...newWalk(c), stops: ['rewi-alley-residence', 'rewi-alley-residence'] }) },
  { label: 'thirteen stops', key: 'invalidInput', request: c => json({ ...newWalk(c), stops: Array.from({ length: 13 }, (_, i) => `stop-${i}`) }) },
  { label: 'a station in Beijing', key: 'submissionInvalid', request: c => json({ ...newWalk(c), end: { ...STATION, position: { lat: 39.9, lng: 116.4, accuracyM: 150 } } }) },
  { label: 'a station without lines', key: 'invalidInput', request: c => json({ ...newWalk(c), start: { ...STATION, lines: [] } }) },
  { label: 'an unknown warning', key: 'invalidInput', request: c => json({ ...newWalk(c), notes: ['dragons'] }) },
  { label: 'a warning twice', key: 'invalidInput', request: c => json({ ...newWalk(c), notes: ['narrowPath', 'narrowPath'] }) },
  { label: 'a route of its own', key: 'invalidInput', request: c => json({ ...newWalk(c), path: { start: [[31.22, 121.42]] } }) },
  ...wrongTypes(newWalk, ['slug', 'stops', 'start', 'end', 'notes'], [null, 42, 'x', {}]),
  ...envelopes(newWalk),
  { label: 'anonymous', key: 'unauthenticated', request: c => ({ as: 'anonymous', ...json(newWalk(c)) }) },
  { label: 'from another site', key: 'crossSite', request: c => ({ ...json(newWalk(c)), headers: { origin: 'https://evil.example' } }) },
])

add('studio undo', c => ({ method: 'POST', path: `/api/studio/submissions/${c.submitted.id}/revert`, as: 'owner' }), [
  { label: 'a change waiting for review, not published', key: 'submissionNotFound', request: () => ({}) },
  { label: 'a draft', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.volunteerStopDraft}/revert` }) },
  { label: 'an unknown id', key: 'submissionNotFound', request: () => ({ path: `/api/studio/submissions/${randomUUID()}/revert` }) },
  { label: 'by the volunteer', key: 'forbidden', request: () => ({ as: 'volunteer' }) },
  { label: 'anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous' }) },
  { label: 'from another site', key: 'crossSite', request: () => ({ headers: { origin: 'https://evil.example' } }) },
  { label: 'with a body', key: 'invalidInput', request: () => raw('<svg onload=alert(1)>', 'text/html') },
  ...hostileSegments(id => `/api/studio/submissions/${id}/revert`, 'POST', 'owner').slice(0, 5),
])

add('studio reads', () => ({ method: 'GET', path: '', as: 'volunteer' }), [
  { label: 'editor: unknown kind', key: 'notFound', request: () => ({ path: '/api/studio/editor/page/zhongshan-park-frontage/fr' }) },
  { label: 'editor: unknown locale', key: 'notFound', request: () => ({ path: '/api/studio/editor/stop/zhongshan-park-frontage/de' }) },
  { label: 'editor: unknown stop', key: 'textNotFound', request: () => ({ path: '/api/studio/editor/stop/no-such-stop/fr' }) },
  { label: 'editor: anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', path: '/api/studio/editor/stop/zhongshan-park-frontage/fr' }) },
  ...Object.entries(HOSTILE_SEGMENTS).map(([label, segment]) => ({ label: `editor: slug with ${label}`, request: () => ({ path: `/api/studio/editor/stop/${segment}/fr` }) })),
  ...Object.entries(HOSTILE_SEGMENTS).slice(0, 5).map(([label, segment]) => ({ label: `editor: locale with ${label}`, request: () => ({ path: `/api/studio/editor/stop/zhongshan-park-frontage/${segment}` }) })),
  { label: 'submission: the organiser\'s, by the volunteer', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.ownerDraft}` }) },
  { label: 'submission: a traversing id', key: 'notFound', request: () => ({ path: '/api/studio/submissions/%2e%2e%2f%2e%2e%2fusers' }) },
  { label: 'audio: none recorded', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.volunteerStopDraft}/audio` }) },
  { label: 'audio: the organiser\'s, by the volunteer', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.ownerDraft}/audio` }) },
  { label: 'history: by the volunteer', key: 'forbidden', request: () => ({ path: '/api/studio/history' }) },
  { label: 'history: anonymous', key: 'unauthenticated', request: () => ({ as: 'anonymous', path: '/api/studio/history' }) },
  { label: 'photo: none attached', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.volunteerStopDraft}/photo` }) },
  { label: 'photo: the organiser\'s, by the volunteer', key: 'submissionNotFound', request: c => ({ path: `/api/studio/submissions/${c.ownerDraft}/photo` }) },
])

// ---------------------------------------------------------------- public reads with parameters

add('public reads', () => ({ method: 'GET', path: '' }), [
  ...Object.entries(HOSTILE_SEGMENTS).flatMap(([label, segment]) => [
    { label: `walk with ${label}`, request: () => ({ path: `/api/walks/${segment}` }) },
    { label: `walk offline package with ${label}`, request: () => ({ path: `/api/walks/${segment}/offline` }) },
    { label: `walk sheet with ${label}`, request: () => ({ path: `/api/walks/${segment}/sheet` }) },
    { label: `stop with ${label}`, request: () => ({ path: `/api/walks/suzhou-creek/stops/${segment}` }) },
    { label: `event with ${label}`, request: () => ({ path: `/api/events/${segment}` }) },
  ]),
  { label: 'walk in upper case', request: () => ({ path: '/api/walks/SUZHOU-CREEK' }) },
  { label: 'an unknown walk', key: 'walkNotFound', request: () => ({ path: '/api/walks/no-such-walk' }) },
  { label: 'an unknown stop', key: 'stopNotFound', request: () => ({ path: '/api/walks/suzhou-creek/stops/no-such-stop' }) },
  { label: 'a stop of another walk', key: 'stopNotFound', request: () => ({ path: '/api/walks/suzhou-creek/stops/qian-xuesen-residence' }) },
  { label: 'an unknown walk\'s QR codes', key: 'walkNotFound', request: () => ({ path: '/api/walks/no-such-walk/qr' }) },
  { label: 'an unknown walk\'s sheet', key: 'walkNotFound', request: () => ({ path: '/api/walks/no-such-walk/sheet' }) },
  { label: 'the story in an unknown language', request: () => ({ path: '/api/story?locale=de' }) },
  { label: 'the story in two languages', request: () => ({ path: '/api/story?locale=ko&locale=ar' }) },
  { label: 'the story with a traversing language', request: () => ({ path: '/api/story?locale=..%2f..%2fen' }) },
  { label: 'a sheet in an unknown language', request: () => ({ path: '/api/walks/suzhou-creek/sheet?locale=xx%3Cscript%3E' }) },
  { label: 'QR codes for an unknown language', key: 'invalidInput', request: () => ({ path: '/api/walks/suzhou-creek/qr?codes=evil.example' }) },
  { label: 'QR codes with a traversing slug', request: () => ({ path: '/api/walks/..%2f..%2fauth/qr' }) },
  { label: 'an unknown walk offline', key: 'walkNotFound', request: () => ({ path: '/api/walks/no-such-walk/offline' }) },
  { label: 'an unknown event', key: 'eventNotFound', request: () => ({ path: `/api/events/${randomUUID()}` }) },
  { label: 'a draft event', key: 'eventNotFound', request: c => ({ path: `/api/events/${c.draftEvent}` }) },
  ...['/api/walks', '/api/walks/suzhou-creek', '/api/walks/suzhou-creek/offline', '/api/walks/suzhou-creek/stops/zhongshan-park-frontage', '/api/walks/suzhou-creek/qr', '/api/events'].flatMap(path => [
    { label: `${path} in an unknown locale`, key: 'invalidInput' as const, request: () => ({ path: `${path}?locale=de` }) },
    { label: `${path} in two locales`, key: 'invalidInput' as const, request: () => ({ path: `${path}?locale=en&locale=zh` }) },
  ]),
  { label: 'events of a traversing walk', key: 'invalidInput', request: () => ({ path: '/api/events?walk=..%2f..%2fusers' }) },
  { label: 'events of a walk with SQL', key: 'invalidInput', request: () => ({ path: '/api/events?walk=x%27%20OR%201%3D1--' }) },
  { label: 'an unknown API address', key: 'notFound', request: () => ({ path: '/api/admin/users' }) },
  { label: 'the API root with ../', key: 'notFound', request: () => ({ path: '/api/../api/%2e%2e/admin' }) },
])
add('writes to read-only routes', () => ({ method: 'POST', path: '' }), [
  '/api/walks', '/api/walks/suzhou-creek', '/api/walks/suzhou-creek/qr', '/api/events', '/api/studio/status', '/api/studio/submissions',
].flatMap(path => ['POST', 'PUT', 'DELETE'].map(method => ({ label: `${method} ${path}`, request: () => ({ method, path, json: { x: 1 } }) }))))

// ---------------------------------------------------------------- the content query route

const CONTENT = '/__nuxt_content/stops/query'
const sql = (query: string) => ({ sql: query })
// Sent as content's own client sends them, asking for JSON: other clients get the same refusals as an HTML error page.
const contentCase = (request: Partial<HostileRequest>): Partial<HostileRequest> => ({ ...request, headers: { accept: 'application/json', ...request.headers } })
add('content query', () => ({ method: 'POST', path: CONTENT }), ([
  { label: 'malformed JSON', request: () => raw('{"sql": ') },
  { label: 'text/plain', request: () => raw('SELECT 1', 'text/plain') },
  { label: 'form-encoded', request: () => raw('sql=SELECT+1', 'application/x-www-form-urlencoded') },
  { label: 'no content type', request: () => ({ raw: JSON.stringify(sql('SELECT * FROM _content_stops ORDER BY stem ASC')) }) },
  { label: 'JSON null', request: () => raw('null') },
  { label: 'an array', request: () => json([1, 2]) },
  { label: 'sql a number', request: () => json({ sql: 5 }) },
  { label: 'sql and params', request: () => json({ ...sql('SELECT * FROM _content_stops ORDER BY stem ASC'), params: [1] }) },
  { label: '__proto__ member', request: () => raw('{"__proto__":{"x":1},"sql":"SELECT * FROM _content_stops ORDER BY stem ASC"}') },
  { label: 'a DROP', request: () => json(sql('DROP TABLE _content_stops')) },
  { label: 'an INSERT', request: () => json(sql('INSERT INTO _content_stops VALUES (1)')) },
  { label: 'a stacked query', request: () => json(sql('SELECT * FROM _content_stops ORDER BY stem ASC; DELETE FROM _content_stops')) },
  { label: 'another table', request: () => json(sql('SELECT * FROM _content_info')) },
  { label: 'a UNION', request: () => json(sql('SELECT * FROM _content_stops UNION SELECT * FROM sqlite_master')) },
  { label: 'a comment appended', request: () => json(sql('SELECT * FROM _content_stops ORDER BY stem ASC -- x')) },
  { label: 'invalid UTF-8', request: () => raw(withInvalidUtf8({ sql: `SELECT * FROM _content_stops ORDER BY stem ASC${NOT_UTF8}` })) },
  { label: 'a huge query', key: 'bodyTooLarge', request: () => json(sql(`SELECT '${huge(MB)}'`)) },
  { label: 'GET', request: () => ({ method: 'GET' }) },
  { label: 'PUT', request: () => ({ method: 'PUT', ...json(sql('SELECT * FROM _content_stops ORDER BY stem ASC')) }) },
  { label: 'DELETE', request: () => ({ method: 'DELETE' }) },
  { label: 'an unknown collection', key: 'textNotFound', request: () => ({ path: '/__nuxt_content/nope/query', ...json(sql('SELECT 1')) }) },
  { label: 'a traversing collection', request: () => ({ path: '/__nuxt_content/..%2f..%2fusers/query', ...json(sql('SELECT 1')) }) },
  { label: 'an encoded collection name', request: () => ({ path: '/__nuxt_content/%73tops/query', ...json({}) }) },
  { label: 'the prototype as collection', key: 'textNotFound', request: () => ({ path: '/__nuxt_content/__proto__/query', ...json({}) }) },
  { label: 'constructor as collection', key: 'textNotFound', request: () => ({ path: '/__nuxt_content/constructor/query', ...json({}) }) },
  { label: 'a trailing slash', request: () => ({ path: `${CONTENT}/`, ...json({}) }) },
] as Variant[]).map(v => ({ ...v, request: (c: Context) => contentCase(v.request(c)) })))

// ---------------------------------------------------------------- the run

let app: AppUnderTest
let context: Context
const cookies: Partial<Record<Sender, string>> = {}
const messages = localeErrorMessages()
let last: Fingerprint
let lastMail = 0
let tried = 0
let changed = 0
const startedAt = Date.now()

function rowOf(token: string): SignupFixture {
  const db = new Sqlite(app.databaseFile, { readonly: true })
  try {
    const row = db.prepare('SELECT id, checkin_code AS code FROM signups WHERE token = ?').get(token) as { id: string, code: string }
    return { token, ...row }
  }
  finally {
    db.close()
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch {
    return undefined
  }
}

async function ok(response: Response, what: string) {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<Record<string, unknown>>
}

beforeAll(async () => {
  Object.assign(stopImages, {
    jpeg: await plainImage('jpeg', 1200, 900),
    png: await plainImage('png', 1200, 900),
    gif: await plainImage('gif', 1200, 900),
    small: await plainImage('jpeg', 640, 480),
    bomb: await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#000' } }).greyscale().png({ compressionLevel: 9 }).toBuffer(),
  })
  app = await startAppUnderTest()
  const actor = async (name: Actor['name'], account: { email: string, password: string }): Promise<Actor> => ({ name, cookie: await logIn(app, account) })
  const owner = await actor('owner', OWNER)
  const other = await actor('otherOrganiser', OTHER_ORGANISER)
  const volunteer = await actor('volunteer', VOLUNTEER)
  Object.assign(cookies, { owner: owner.cookie, otherOrganiser: other.cookie, volunteer: volunteer.cookie, ownerAtLogout: await logIn(app, OWNER) })

  const ownerEvent = await createEvent(app, owner)
  const otherEvent = await createEvent(app, other)
  const draftEvent = await createEvent(app, owner, { status: 'draft' })
  const cancelledEvent = await createEvent(app, owner, { status: 'cancelled' })
  const closedEvent = await createEvent(app, owner, { signupDeadline: shanghai(-1) })
  const studentA = rowOf((await signUp(app, ownerEvent)).token)
  const studentB = rowOf((await signUp(app, otherEvent)).token)
  const studentC = rowOf((await signUp(app, ownerEvent)).token)
  await ok(await send(app, `/api/signups/${studentC.token}/cancel`, { method: 'POST' }), 'cancel')

  const invite = await ok(await send(app, '/api/organiser/invites', { method: 'POST', actor: owner, json: { email: 'invited@example.org' } }), 'invite')
  const inviteToken = /\/studio\/invite\/([\w-]{32})$/.exec(invite.url as string)![1]!

  const saveDraft = async (who: Actor, body: Record<string, unknown>) => (await ok(await send(app, '/api/studio/drafts', { method: 'PUT', actor: who, json: body }), 'draft')) as { id: string, revision: number }
  const volunteerStopDraft = (await saveDraft(volunteer, { kind: 'stop', slug: 'zhongshan-park-frontage', locale: 'fr', fields: {}, body: '', position: null })).id
  const volunteerWalkDraft = (await saveDraft(volunteer, { kind: 'walk', slug: 'suzhou-creek', locale: 'fr', fields: {}, body: '', position: null })).id
  const ownerDraft = (await saveDraft(owner, { kind: 'stop', slug: 'zhongshan-park-frontage', locale: 'ko', fields: {}, body: '', position: null })).id
  // A complete text, sent for review: the English one, retitled.
  const source = await ok(await send(app, '/api/studio/editor/stop/ecupl-st-johns-campus/en', { actor: volunteer }), 'editor')
  const published = (source.published ?? source.source) as { fields: Record<string, string>, body: string }
  const full = await saveDraft(volunteer, { kind: 'stop', slug: 'ecupl-st-johns-campus', locale: 'en', fields: { ...published.fields, title: `${published.fields.title} (revised)` }, body: `${published.body}\n\nRevised.`, position: null })
  const submitted = (await ok(await send(app, `/api/studio/submissions/${full.id}/submit`, { method: 'POST', actor: volunteer, json: { revision: full.revision } }), 'submit')) as { id: string, revision: number }

  const db = new Sqlite(app.databaseFile, { readonly: true })
  const ownerId = (db.prepare('SELECT id FROM users WHERE email = ?').get(OWNER.email) as { id: string }).id
  db.close()
  context = { ownerEvent, otherEvent, draftEvent, cancelledEvent, closedEvent, studentA, studentB, studentC, inviteToken, volunteerStopDraft, volunteerWalkDraft, ownerDraft, submitted: { id: submitted.id, revision: submitted.revision }, ownerId }
  await waitUntilSettled(app)
  last = databaseFingerprint(app.databaseFile)
  lastMail = app.mail.length
})

afterAll(async () => {
  console.log(`hostile requests: ${tried} tried, ${changed} changed the database`)
  console.log(`(${CASES.length} cases over ${new Set(CASES.map(c => c.label.split(':')[0])).size} groups, ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`)
  await app?.stop()
})

describe('hostile requests are refused with a translated 4xx and change nothing', () => {
  it('there are enough of them, over every endpoint', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150)
    expect(new Set(CASES.map(c => c.label)).size).toBe(CASES.length)
    expect(Object.keys(messages).sort()).toEqual(['ar', 'en', 'fr', 'ko', 'ru', 'zh'])
  })

  for (const hostile of CASES) {
    it(hostile.label, async () => {
      // One fingerprint after each answer, compared with the one after the previous: a write at any time, late ones included, is seen.
      const before = last
      const mailBefore = app.mail.length
      expect(mailBefore, 'mail after the previous answer').toBe(lastMail)
      const request = hostile.build(context)
      tried++
      const answer = await sendHostile(app.origin, cookies, request)
      const after = databaseFingerprint(app.databaseFile)
      last = after
      lastMail = app.mail.length
      if (JSON.stringify(after) !== JSON.stringify(before)) changed++
      const summary = `${request.method} ${request.path.slice(0, 120)} → ${answer.status} ${answer.text.slice(0, 300)}`

      expect(answer.status, summary).toBeGreaterThanOrEqual(400)
      expect(answer.status, summary).toBeLessThan(500)
      const body = parseJson(answer.text) as { data?: { key?: unknown } } | undefined
      expect(body, `not JSON: ${summary}`).toBeTypeOf('object')
      const key = body?.data?.key
      expect(isApiErrorKey(key), summary).toBe(true)
      if (hostile.key) expect(key, summary).toBe(hostile.key)
      for (const [locale, errors] of Object.entries(messages)) {
        const message = errors[key as string]
        expect(typeof message === 'string' && message.trim().length > 0, `${locale} errors.${String(key)}`).toBe(true)
      }
      expect(after, summary).toEqual(before)
      expect(app.mail.length, summary).toBe(mailBefore)
    })
  }

  it('nothing was written or mailed after the last answer either', async () => {
    await new Promise(done => setTimeout(done, 1500))
    expect(databaseFingerprint(app.databaseFile)).toEqual(last)
    expect(app.mail.length).toBe(lastMail)
  })
})
