import Sqlite from 'better-sqlite3'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorKey } from '../../shared/types/apiError'
import { photoWithGps, plainImage } from '../support/photos'
import { createEvent, logIn, send, signUp } from './support/actors'
import { OTHER_ORGANISER, OWNER, VOLUNTEER, startAppUnderTest, type AppUnderTest } from './support/appUnderTest'
import { databaseFingerprint, type Fingerprint } from './support/databaseFingerprint'
import {
  MB, MULTI_LINE_INJECTIONS, SINGLE_LINE_INJECTIONS, WRONG_TYPES, ZERO_WIDTH, isApiErrorKey, localeErrorMessages,
  refusedEnvelopes, sendHostile, type HostileRequest, type Sender,
} from './support/hostileCases'
import { moveWalkIntoPast } from '../support/pastWalk'

/**
 * Hostile reflections and photos, on a real built server: sizes, types, markup, hidden characters,
 * photos that are not what they say, malformed, too large or too many pixels, and the wrong person or the
 * wrong moment. Each is refused with a 4xx whose key has a message in every language, and stores nothing.
 */

interface Context {
  /** Confirmed on the owner's walk that has taken place, with a reflection written. */
  writer: string
  /** Confirmed on the same walk, no reflection yet. */
  silent: string
  /** On the waiting list of the same walk. */
  waiting: string
  /** Confirmed on a walk still to come. */
  early: string
  pastEvent: string
  otherEvent: string
  reflectionId: string
}

interface Case { label: string, key?: ApiErrorKey, build: (c: Context) => HostileRequest }
const CASES: Case[] = []
const add = (label: string, build: Case['build'], key?: ApiErrorKey) => CASES.push({ label, key, build })

const valid = { text: 'The lanes were quiet in the morning.', language: 'en', stopSlug: null, firstName: null, consent: true }
const put = (c: Context, body: unknown, token = c.writer): HostileRequest => ({ method: 'PUT', path: `/api/signups/${token}/reflection`, json: body })

// ---------------------------------------------------------------- the text and its fields

add('text of 1,001 characters', c => put(c, { ...valid, text: 'a'.repeat(1001) }), 'invalidInput')
add('text of 1,000 emoji over the limit in code points', c => put(c, { ...valid, text: '🙂'.repeat(1001) }), 'invalidInput')
add('text of 1 MB', c => put(c, { ...valid, text: 'a'.repeat(MB) }), 'bodyTooLarge')
add('empty text', c => put(c, { ...valid, text: '' }), 'invalidInput')
add('text of spaces and line breaks', c => put(c, { ...valid, text: ' \n\n \t ' }), 'invalidInput')
for (const [label, text] of Object.entries({
  'a script tag': 'Lovely walk <script>alert(1)</script>',
  'an image with onerror': 'Look <img src=x onerror=alert(1)>',
  'a link': 'See <a href="javascript:alert(1)">this</a>',
  'an HTML comment': 'Nice <!-- hidden --> walk',
  'a closing tag': 'Bye </textarea>',
  'a tag with spaces': 'A < script>alert(1)</script>',
})) add(`text with ${label}`, c => put(c, { ...valid, text }), 'invalidInput')
for (const [label, text] of Object.entries(MULTI_LINE_INJECTIONS)) add(`text with ${label}`, c => put(c, { ...valid, text }), 'invalidInput')
for (const [label, firstName] of Object.entries({ ...SINGLE_LINE_INJECTIONS, ...ZERO_WIDTH, 'markup': '<b>Lin</b>', 'digits': 'Lin2', 'an e-mail address': 'lin@example.edu', '41 characters': 'L'.repeat(41), 'spaces only': '   ' })) {
  add(`first name with ${label}`, c => put(c, { ...valid, firstName }), 'invalidInput')
}
add('an unknown language', c => put(c, { ...valid, language: 'de' }), 'invalidInput')
add('a stop of another walk', c => put(c, { ...valid, stopSlug: 'qian-xuesen-residence' }), 'invalidInput')
add('a stop path traversal', c => put(c, { ...valid, stopSlug: '../../etc/passwd' }), 'invalidInput')
add('consent false', c => put(c, { ...valid, consent: false }), 'invalidInput')
add('consent missing', c => put(c, { text: valid.text, language: 'en', stopSlug: null, firstName: null }), 'invalidInput')
add('consent as a string', c => put(c, { ...valid, consent: 'true' }), 'invalidInput')
add('a status of its own', c => put(c, { ...valid, status: 'approved' }), 'invalidInput')
add('another event id', c => put(c, { ...valid, eventId: c.otherEvent }), 'invalidInput')
// Each field given every value of the wrong type (null is right for the optional ones, a boolean for removePhoto, a string for the texts).
const wrongFor = (field: string) => WRONG_TYPES.filter(value => !(value === null && ['stopSlug', 'firstName'].includes(field))
  && !(typeof value === 'boolean' && field === 'removePhoto') && !(typeof value === 'string' && ['text', 'firstName'].includes(field)))
for (const field of ['text', 'language', 'stopSlug', 'firstName', 'removePhoto']) {
  for (const value of wrongFor(field)) add(`${field} = ${JSON.stringify(value)}`, c => put(c, { ...valid, [field]: value }), 'invalidInput')
}
for (const [i, envelope] of refusedEnvelopes(valid).entries()) {
  add(`reflection ${envelope.label}`, c => ({ method: 'PUT', path: `/api/signups/${c.writer}/reflection`, ...refusedEnvelopes(valid)[i]!.request }), envelope.key)
}

// ---------------------------------------------------------------- who and when

add('written from the waiting list', c => put(c, valid, c.waiting), 'reflectionConfirmedOnly')
add('written before the walk', c => put(c, valid, c.early), 'reflectionNotYet')
add('written with an unknown link', c => put(c, valid, 'A'.repeat(32)), 'signupNotFound')
add('written with the reflection\'s id as the link', c => put(c, valid, c.reflectionId), 'notFound')
add('deleted when there is none', c => ({ method: 'DELETE', path: `/api/signups/${c.silent}/reflection` }), 'reflectionNotFound')
add('deleted from another site', c => ({ method: 'DELETE', path: `/api/signups/${c.writer}/reflection`, headers: { origin: 'https://evil.example' } }), 'crossSite')

// ---------------------------------------------------------------- photos

const photo = (c: Context, raw: Buffer | string, type: string | undefined, token = c.writer): HostileRequest => ({
  method: 'PUT', path: `/api/signups/${token}/reflection/photo`, raw, headers: { 'content-type': type },
})
let images: Record<'png' | 'jpeg' | 'webp' | 'gif' | 'bomb' | 'gps', Buffer>

add('photo: a GIF', c => photo(c, images.gif, 'image/gif'), 'photoInvalid')
add('photo: an SVG with a script, sent as SVG', c => photo(c, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/svg+xml'), 'photoInvalid')
add('photo: an SVG with a script, sent as PNG', c => photo(c, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'image/png'), 'photoInvalid')
add('photo: an HTML page sent as JPEG', c => photo(c, '<!doctype html><script>alert(1)</script>', 'image/jpeg'), 'photoInvalid')
add('photo: a PNG sent as JPEG', c => photo(c, images.png, 'image/jpeg'), 'photoInvalid')
add('photo: a WebP sent as PNG', c => photo(c, images.webp, 'image/png'), 'photoInvalid')
add('photo: no content type', c => photo(c, images.jpeg, undefined), 'photoInvalid')
add('photo: as multipart', c => photo(c, images.jpeg, 'multipart/form-data; boundary=x'), 'photoInvalid')
add('photo: JSON', c => ({ ...photo(c, '', undefined), json: { photo: images.jpeg.toString('base64') } }), 'photoInvalid')
add('photo: empty', c => photo(c, Buffer.alloc(0), 'image/jpeg'), 'photoInvalid')
add('photo: a JPEG cut in half', c => photo(c, images.jpeg.subarray(0, Math.floor(images.jpeg.length / 2)), 'image/jpeg'), 'photoInvalid')
add('photo: a JPEG header and random bytes', c => photo(c, Buffer.concat([Buffer.from([0xFF, 0xD8, 0xFF, 0xE0]), Buffer.alloc(5000, 0x5A)]), 'image/jpeg'), 'photoInvalid')
add('photo: a PNG with its data corrupted', c => photo(c, Buffer.concat([images.png.subarray(0, 60), Buffer.alloc(200, 0xAB), images.png.subarray(260)]), 'image/png'), 'photoInvalid')
add('photo: 48 megapixels in a few KB (a decompression bomb)', c => photo(c, images.bomb, 'image/png'), 'photoTooLarge')
add('photo: 9 MB', c => photo(c, Buffer.concat([images.jpeg, Buffer.alloc(9 * MB)]), 'image/jpeg'), 'photoTooLarge')
add('photo: 9 MB sent chunked without a length', c => ({ ...photo(c, Buffer.concat([images.jpeg, Buffer.alloc(9 * MB)]), 'image/jpeg'), headers: { 'content-type': 'image/jpeg', 'content-length': undefined, 'transfer-encoding': 'chunked' } }), 'photoTooLarge')
add('photo: before a reflection is written', c => photo(c, images.jpeg, 'image/jpeg', c.silent), 'reflectionNotFound')
add('photo: from the waiting list', c => photo(c, images.jpeg, 'image/jpeg', c.waiting), 'reflectionConfirmedOnly')
add('photo: before the walk', c => photo(c, images.jpeg, 'image/jpeg', c.early), 'reflectionNotYet')
add('photo: from another site', c => ({ ...photo(c, images.gps, 'image/jpeg'), headers: { 'content-type': 'image/jpeg', 'origin': 'https://evil.example' } }), 'crossSite')
add('photo: with an unknown link', c => photo(c, images.jpeg, 'image/jpeg', 'B'.repeat(32)), 'signupNotFound')

// ---------------------------------------------------------------- the organisers' decisions and the public list

const decide = (c: Context, body: unknown, as: Sender = 'owner', event = c.pastEvent, id = c.reflectionId): HostileRequest => ({
  method: 'PATCH', path: `/api/organiser/events/${event}/reflections/${id}`, json: body, as,
})
add('decision: pending', c => decide(c, { status: 'pending' }), 'invalidInput')
add('decision: published', c => decide(c, { status: 'published' }), 'invalidInput')
add('decision: approved with new text', c => decide(c, { status: 'approved', text: 'Rewritten by the organiser' }), 'invalidInput')
add('decision: no body', c => ({ ...decide(c, undefined), json: undefined }), 'invalidInput')
add('decision: by the other organiser', c => decide(c, { status: 'approved' }, 'otherOrganiser'), 'eventNotFound')
add('decision: by a volunteer', c => decide(c, { status: 'approved' }, 'volunteer'), 'forbidden')
add('decision: anonymous', c => decide(c, { status: 'approved' }, 'anonymous'), 'unauthenticated')
add('decision: through the other organiser\'s walk', c => decide(c, { status: 'approved' }, 'otherOrganiser', c.otherEvent), 'reflectionNotFound')
add('decision: an unknown reflection', c => decide(c, { status: 'approved' }, 'owner', c.pastEvent, '00000000-0000-4000-8000-000000000000'), 'reflectionNotFound')
add('decision: a reflection id that is no uuid', c => decide(c, { status: 'approved' }, 'owner', c.pastEvent, '1%20OR%201=1'), 'notFound')
add('decision: from another site', c => ({ ...decide(c, { status: 'approved' }), headers: { origin: 'https://evil.example' } }), 'crossSite')
add('public list: no walk or stop', () => ({ method: 'GET', path: '/api/reflections' }), 'invalidInput')
add('public list: both a walk and a stop', c => ({ method: 'GET', path: `/api/reflections?event=${c.pastEvent}&stop=zhongshan-park-frontage` }), 'invalidInput')
add('public list: a walk id that is no uuid', () => ({ method: 'GET', path: '/api/reflections?event=1%27%20OR%201=1' }), 'invalidInput')
add('public list: a stop path traversal', () => ({ method: 'GET', path: '/api/reflections?stop=..%2F..%2Fetc' }), 'invalidInput')
add('public list: two walks', c => ({ method: 'GET', path: `/api/reflections?event=${c.pastEvent}&event=${c.otherEvent}` }), 'invalidInput')
add('public photo: a reflection waiting for the organisers', c => ({ method: 'GET', path: `/api/reflections/${c.reflectionId}/photo` }), 'reflectionNotFound')
add('public photo: by the other organiser', c => ({ method: 'GET', path: `/api/reflections/${c.reflectionId}/photo`, as: 'otherOrganiser' }), 'reflectionNotFound')

// ---------------------------------------------------------------- the run

let app: AppUnderTest
let context: Context
const cookies: Partial<Record<Sender, string>> = {}
const messages = localeErrorMessages()
let last: Fingerprint

beforeAll(async () => {
  images = {
    png: await plainImage('png'), jpeg: await plainImage('jpeg'), webp: await plainImage('webp'), gif: await plainImage('gif'),
    bomb: await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000' } }).greyscale().png({ compressionLevel: 9 }).toBuffer(),
    gps: await photoWithGps(),
  }
  app = await startAppUnderTest()
  cookies.owner = await logIn(app, OWNER)
  cookies.otherOrganiser = await logIn(app, OTHER_ORGANISER)
  cookies.volunteer = await logIn(app, VOLUNTEER)
  const owner = { name: 'owner' as const, cookie: cookies.owner }
  const pastEvent = await createEvent(app, owner, { capacity: 2 })
  const otherEvent = await createEvent(app, { name: 'otherOrganiser', cookie: cookies.otherOrganiser })
  const writer = (await signUp(app, pastEvent)).token
  const silent = (await signUp(app, pastEvent)).token
  const waiting = (await signUp(app, pastEvent)).token
  const earlyEvent = await createEvent(app, owner)
  const early = (await signUp(app, earlyEvent)).token
  moveWalkIntoPast(app.databaseFile, pastEvent)
  const written = await send(app, `/api/signups/${writer}/reflection`, { method: 'PUT', json: valid })
  expect(written.status).toBe(200)
  const db = new Sqlite(app.databaseFile, { readonly: true })
  try {
    const reflectionId = (db.prepare('SELECT id FROM reflections').get() as { id: string }).id
    context = { writer, silent, waiting, early, pastEvent, otherEvent, reflectionId }
  }
  finally {
    db.close()
  }
  // The sign-ups' e-mails are written and sent in the background: wait for them before comparing.
  for (let stable = 0, previous = ''; stable < 4;) {
    await new Promise(done => setTimeout(done, 250))
    const now = JSON.stringify([databaseFingerprint(app.databaseFile), app.mail.length])
    stable = now === previous ? stable + 1 : 0
    previous = now
  }
  last = databaseFingerprint(app.databaseFile)
})

afterAll(async () => {
  console.log(`hostile reflections: ${CASES.length} refused, each storing nothing`)
  await app?.stop()
})

describe('hostile reflections and photos are refused with a translated 4xx and store nothing', () => {
  it('there are enough of them, each with its own name', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100)
    expect(new Set(CASES.map(c => c.label)).size).toBe(CASES.length)
  })

  for (const hostile of CASES) {
    it(hostile.label, async () => {
      const request = hostile.build(context)
      const answer = await sendHostile(app.origin, cookies, request)
      const after = databaseFingerprint(app.databaseFile)
      const before = last
      last = after
      const summary = `${request.method} ${request.path.slice(0, 100)} → ${answer.status} ${answer.text.slice(0, 300)}`
      expect(answer.status, summary).toBeGreaterThanOrEqual(400)
      expect(answer.status, summary).toBeLessThan(500)
      const key = (JSON.parse(answer.text) as { data?: { key?: unknown } }).data?.key
      expect(isApiErrorKey(key), summary).toBe(true)
      if (hostile.key) expect(key, summary).toBe(hostile.key)
      for (const [locale, errors] of Object.entries(messages)) expect(errors[key as string], `${locale} errors.${String(key)}`).toBeTruthy()
      expect(after, summary).toEqual(before)
    })
  }

  it('the photo of a phone, location and all, is accepted and stored without any of it', async () => {
    const answer = await sendHostile(app.origin, cookies, photo(context, images.gps, 'image/jpeg'))
    expect(answer.status, answer.text).toBe(200)
    const db = new Sqlite(app.databaseFile, { readonly: true })
    try {
      const stored = (db.prepare('SELECT photo FROM reflections WHERE id = ?').get(context.reflectionId) as { photo: Buffer }).photo
      const facts = await sharp(stored).metadata()
      expect([facts.exif, facts.xmp, facts.iptc, facts.icc, facts.comments]).toEqual([undefined, undefined, undefined, undefined, undefined])
      expect(stored.toString('latin1')).not.toMatch(/SecretCam|Yuyuan Road|GPS/)
      expect(facts.format).toBe('jpeg')
    }
    finally {
      db.close()
    }
  })
})
