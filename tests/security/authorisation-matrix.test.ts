import { randomBytes, randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ERROR_KEYS, type ApiErrorKey } from '../../shared/types/apiError'
import type { EditorSnapshot, SubmissionView } from '../../shared/types/submission'
import type { AttendeeList, OrganiserEvent } from '../../shared/types/organiser'
import type { PersonalSignup } from '../../shared/types/event'
import type { InviteLink } from '../../shared/types/studio'
import type { EventInput } from '../../shared/schemas/event'
import { toneWav } from '../support/toneWav'
import { shanghaiDate } from '../../shared/utils/repeatDates'
import { firstEvent } from '../support/eventStream'
import { plainImage } from '../support/photos'
import { moveWalkIntoPast } from '../support/pastWalk'
import type { ModeratedReflection } from '../../shared/types/reflection'
import type { TeamMember } from '../../shared/types/team'
import type { LiveFollowers, LiveState } from '../../shared/types/live'
import { createEvent, eventInput, logIn, send, signUp, type Actor, type Student } from './support/actors'
import { OTHER_ORGANISER, OWNER, VOLUNTEER, startAppUnderTest, type AppUnderTest } from './support/appUnderTest'
import { backgroundPublishesSettled, databaseFingerprint, type Fingerprint } from './support/databaseFingerprint'

/**
 * The authorisation matrix: every API route file, with real ids, asked by each of the five kinds of
 * actor, against the one answer the product means each of them to get. Every request is one a
 * rightful user would send, so a success in the wrong column is a real hole, and every cell that
 * changes something works on objects of its own, so no cell's success decides the next one.
 *
 * The actors: `anonymous` has no session and no token (on a token route: a token that is not the
 * right one); `student` has no session but holds the token of the thing asked about (on
 * /api/signups/[token]: the token of THAT sign-up, mailed only to them); `volunteer`,
 * `otherOrganiser` and `owner` are logged in. The owner created the event and its sign-ups;
 * the volunteer wrote the studio work; organisers, any of them, review studio work.
 */

type ActorName = Actor['name']
const ACTORS: readonly ActorName[] = ['anonymous', 'student', 'volunteer', 'otherOrganiser', 'owner']

/** An expected answer: the status, and for a refusal the key it must carry when a particular one is meant. */
type Cell = number | readonly [number, ApiErrorKey]
type Expectations = Record<ActorName, Cell>

interface Call {
  path: string
  method: string
  json?: unknown
  body?: Uint8Array<ArrayBuffer>
  headers?: Record<string, string>
  /** Sends as this actor instead (a throwaway session, so logging out does not end the shared one). */
  as?: Actor
}

interface Row {
  /** The route file under server/api. */
  file: string
  method: string
  /** What the row asks, for the test names. */
  what: string
  build: (actor: ActorName) => Promise<Call>
  expected: Expectations
  /** A further look at a successful answer's body. */
  check?: (actor: ActorName, body: unknown) => void
}

const PUBLIC: Expectations = { anonymous: 200, student: 200, volunteer: 200, otherOrganiser: 200, owner: 200 }
const NO_SESSION = [401, 'unauthenticated'] as const
const WRONG_ROLE = [403, 'forbidden'] as const
const NOT_THEIR_EVENT = [404, 'eventNotFound'] as const
/** A Shanghai date `days` from now. */
const inDays = (days: number) => shanghaiDate(new Date(Date.now() + days * 86_400_000))
/** The owner's event: nobody but its organiser may know it is there. */
const OWN_EVENT_ONLY: Expectations = { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: NOT_THEIR_EVENT, owner: 200 }
/** Studio work anyone in the studio does for themselves. */
const EDITORS: Expectations = { anonymous: NO_SESSION, student: NO_SESSION, volunteer: 200, otherOrganiser: 200, owner: 200 }
/** An organiser's decision on a volunteer's work: any organiser reviews, never the author's own say-so. */
const REVIEWERS: Expectations = { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: 200, owner: 200 }
/** The author's own act on their work: organisers may read it, not act for them. */
const AUTHOR_ONLY: Expectations = { anonymous: NO_SESSION, student: NO_SESSION, volunteer: 200, otherOrganiser: WRONG_ROLE, owner: WRONG_ROLE }

let app: AppUnderTest
let actors: Record<ActorName, Actor>
/** The owner's published event, with room for every sign-up the matrix makes. */
let eventId: string
/** The owner's event still in draft. */
let draftEventId: string
/** The other organiser's own event. */
let otherEventId: string
/** The owner's event whose live walk has started. */
let liveEventId: string
/** A student on the waiting list of the owner's full event. */
let waiting: Student & { id: string }
/** The owner's walk that has taken place, and students who had places on it, each for one cell that writes. */
let pastEventId: string
const pastStudents: (Student & { id: string })[] = []
/** A student of that walk with a reflection and a photo, waiting for the organisers; and one published. */
let reflector: Student & { id: string, reflectionId: string }
let published: { reflectionId: string }
/** A student signed up for the owner's event: their token, their attendee id, their ticket code. */
let student: Student & { id: string, code: string }
/** The volunteer's work with a recording attached. */
let recorded: { id: string, revision: number }
/** A draft the owner writes in the studio themselves. */
let ownersDraft: { id: string, revision: number }
/** The owner's own work with a recording, not submitted. */
let ownersRecording: { id: string, revision: number }
let photographed: { id: string, revision: number }
let publishedWork: { id: string, revision: number }
let ownersPhoto: { id: string, revision: number }
let cells = 0
let passed = 0
let sessionChecks = 0
const started = Date.now()

/** A token of the right shape that opens nothing. */
const strangerToken = () => randomBytes(24).toString('base64url')

async function as<T>(actor: Actor, path: string, init: { method?: string, json?: unknown, body?: Uint8Array<ArrayBuffer>, headers?: Record<string, string> } = {}, status = 200): Promise<T> {
  const response = await send(app, path, { actor, ...init })
  const text = await response.text()
  if (response.status !== status) throw new Error(`${init.method ?? 'GET'} ${path} as ${actor.name}: ${response.status} ${text}`)
  return JSON.parse(text) as T
}

/** A student signed up for `event`, with the id the owner's list shows and the code on their ticket. */
async function freshSignup(event = eventId): Promise<Student & { id: string, code: string }> {
  const signed = await signUp(app, event)
  const list = await as<AttendeeList>(actors.owner, `/api/organiser/events/${event}/attendees`)
  const id = list.attendees.find(attendee => attendee.email === signed.email)!.id
  const personal = await as<PersonalSignup>({ name: 'student' }, `/api/signups/${signed.token}`)
  return { ...signed, id, code: personal.ticket?.code ?? '' }
}

/** A one-time volunteer link, made by the owner. */
async function freshInvite(): Promise<string> {
  const link = await as<InviteLink>(actors.owner, '/api/organiser/invites', { method: 'POST', json: { email: `${randomUUID()}@example.org` } }, 201)
  return link.url.split('/').pop()!
}

/** Stops and languages for studio work: each piece of work gets a text of its own. */
const STOPS = ['zhongshan-park-frontage', 'ecupl-st-johns-campus', 'suzhou-creek-ecupl-walkway', 'rewi-alley-residence', 'wang-boqun-residence', 'yu-lane-garden', 'yuyuan-department-store', 'qian-xuesen-residence', 'hengchangli-bolshevik-office']
const TARGETS = ['fr', 'ko', 'ru', 'en', 'zh', 'ar'].flatMap(locale => STOPS.map(slug => ({ kind: 'stop' as const, slug, locale })))
let nextTarget = 0
function freshTarget() {
  const target = TARGETS[nextTarget++]
  if (!target) throw new Error('out of studio texts for fresh work')
  return target
}

/** Studio work by `author` on a text of its own, as the editor sends it: the published text with a line added. */
async function freshWork(author: Actor, stage: { audio?: boolean, photo?: boolean, submit?: boolean } = {}): Promise<{ id: string, revision: number }> {
  const target = freshTarget()
  const editor = await as<EditorSnapshot>(author, `/api/studio/editor/${target.kind}/${target.slug}/${target.locale}`)
  let work = await as<SubmissionView>(author, '/api/studio/drafts', {
    method: 'PUT',
    json: { ...target, fields: editor.published!.fields, body: `${editor.published!.body}\nVolunteers guide walks here at weekends.\n`, position: null },
  })
  if (stage.audio) {
    work = await as<SubmissionView>(author, `/api/studio/submissions/${work.id}/audio`, { method: 'POST', body: wav(), headers: { 'content-type': 'audio/wav' } })
  }
  if (stage.photo) work = await as<SubmissionView>(author, photoUpload(work.id), { method: 'PUT', body: await stopPhoto(), headers: { 'content-type': 'image/jpeg' } })
  if (stage.submit) work = await as<SubmissionView>(author, `/api/studio/submissions/${work.id}/submit`, { method: 'POST', json: { revision: work.revision } })
  return { id: work.id, revision: work.revision }
}

const wav = () => new Uint8Array(toneWav(1.5))
const STATION = { nameZh: '江苏路站', lines: ['2', '11'], position: { lat: 31.2223, lng: 121.4260, accuracyM: 150 } }
const NEW_WALK = { stops: ['rewi-alley-residence', 'qian-xuesen-residence'], start: STATION, end: STATION, notes: [] }
const NEW_STOP = { nameZh: '新站点', addressZh: '上海市长宁区愚园路', position: { lat: 31.2221, lng: 121.4231, accuracyM: 30 }, visiting: 'unconfirmed', source: { title: 'A published source' }, walk: 'yuyuan-road', after: null }
const stopPhoto = async () => new Uint8Array(await plainImage('jpeg', 1200, 900))
const photoUpload = (id: string) => `/api/studio/submissions/${id}/photo?author=Lin%20Mei&licence=CC-BY-4.0&own=yes`

/** The owner's event as its edit form shows it, with the description edited. */
async function editedEvent(): Promise<EventInput> {
  const current = await as<EventInput>(actors.owner, `/api/organiser/events/${eventId}`)
  return { ...current, descriptions: { en: `A walk for the security suite, edited ${randomUUID()}.` } }
}

function pastStudent() {
  const next = pastStudents.shift()
  if (!next) throw new Error('out of students of the past walk')
  return next
}

/** Reflections already handed out, so each cell gets the one it wrote. */
const knownReflections = new Set<string>()
const reflectionBody = { text: 'The lanes were quiet in the morning.', language: 'en', stopSlug: null, firstName: null, consent: true }
const jpeg = async () => new Uint8Array(await plainImage('jpeg'))

/** A past walk's student with a reflection (and a photo), and its id in the organisers' list. */
async function withReflection(photo = false): Promise<Student & { id: string, reflectionId: string }> {
  const student = pastStudent()
  await as({ name: 'student' }, `/api/signups/${student.token}/reflection`, { method: 'PUT', json: reflectionBody })
  if (photo) await as({ name: 'student' }, `/api/signups/${student.token}/reflection/photo`, { method: 'PUT', body: await jpeg(), headers: { 'content-type': 'image/jpeg' } })
  const list = await as<ModeratedReflection[]>(actors.owner, `/api/organiser/events/${pastEventId}/reflections`)
  const fresh = list.find(item => !knownReflections.has(item.id))!
  knownReflections.add(fresh.id)
  return { ...student, reflectionId: fresh.id }
}

const ACCOUNTS = { volunteer: VOLUNTEER, otherOrganiser: OTHER_ORGANISER, owner: OWNER } as const

const ROWS: Row[] = [
  // The catch-all: any other address, any method, is a translatable 404.
  {
    file: '[...].ts', method: 'GET', what: 'an address with no route',
    build: async () => ({ method: 'GET', path: '/api/no-such-route' }),
    expected: { anonymous: [404, 'notFound'], student: [404, 'notFound'], volunteer: [404, 'notFound'], otherOrganiser: [404, 'notFound'], owner: [404, 'notFound'] },
  },
  {
    file: '[...].ts', method: 'DELETE', what: 'deleting the owner\'s event (no such route)',
    build: async () => ({ method: 'DELETE', path: `/api/organiser/events/${eventId}` }),
    expected: { anonymous: [404, 'notFound'], student: [404, 'notFound'], volunteer: [404, 'notFound'], otherOrganiser: [404, 'notFound'], owner: [404, 'notFound'] },
  },

  // Logging in and out.
  {
    file: 'auth/login.post.ts', method: 'POST', what: 'logging in with one\'s own credentials (none: the owner\'s address, a guess)',
    build: async (actor) => {
      const account = actor === 'anonymous' || actor === 'student' ? { email: OWNER.email, password: `a guess by ${actor}` } : ACCOUNTS[actor]
      return { method: 'POST', path: '/api/auth/login', json: { email: account.email, password: account.password } }
    },
    expected: { anonymous: [401, 'badCredentials'], student: [401, 'badCredentials'], volunteer: 200, otherOrganiser: 200, owner: 200 },
  },
  {
    file: 'auth/logout.post.ts', method: 'POST', what: 'logging out (accounts: a session of its own)',
    build: async actor => ({
      method: 'POST',
      path: '/api/auth/logout',
      as: actor === 'anonymous' || actor === 'student' ? undefined : { name: actor, cookie: await logIn(app, ACCOUNTS[actor]) },
    }),
    expected: PUBLIC,
  },

  // Public: events and sign-ups.
  { file: 'events/index.get.ts', method: 'GET', what: 'upcoming events', build: async () => ({ method: 'GET', path: '/api/events' }), expected: PUBLIC },
  { file: 'events/[id].get.ts', method: 'GET', what: 'the owner\'s published event', build: async () => ({ method: 'GET', path: `/api/events/${eventId}` }), expected: PUBLIC },
  {
    file: 'events/[id].get.ts', method: 'GET', what: 'the owner\'s draft event (never public, not even to its owner here)',
    build: async () => ({ method: 'GET', path: `/api/events/${draftEventId}` }),
    expected: { anonymous: NOT_THEIR_EVENT, student: NOT_THEIR_EVENT, volunteer: NOT_THEIR_EVENT, otherOrganiser: NOT_THEIR_EVENT, owner: NOT_THEIR_EVENT },
  },
  {
    file: 'events/[id]/signups.post.ts', method: 'POST', what: 'signing up for the owner\'s event',
    build: async () => ({
      method: 'POST',
      path: `/api/events/${eventId}/signups`,
      json: { name: 'Lin Student', email: `${randomUUID()}@example.edu`, contact: '', university: 'Tongji University', language: 'en', consent: true, idempotencyKey: randomUUID() },
    }),
    expected: { anonymous: 202, student: 202, volunteer: 202, otherOrganiser: 202, owner: 202 },
  },

  // The personal link: only the sign-up's own token opens it; a session opens nothing.
  {
    file: 'signups/[token].get.ts', method: 'GET', what: 'the personal page (anonymous, accounts: a token not theirs; owner: the attendee id)',
    build: async actor => ({ method: 'GET', path: `/api/signups/${personalLinkFor(actor, student)}` }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/calendar.get.ts', method: 'GET', what: 'the calendar file of a confirmed place (anonymous, accounts: a token not theirs; owner: the attendee id)',
    build: async actor => ({ method: 'GET', path: `/api/signups/${personalLinkFor(actor, student)}/calendar` }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
    check: (_actor, body) => expect(String(body)).toContain('BEGIN:VCALENDAR'),
  },
  {
    file: 'signups/[token]/cancel.post.ts', method: 'POST', what: 'cancelling a fresh sign-up',
    build: async (actor) => {
      const signup = await freshSignup()
      return { method: 'POST', path: `/api/signups/${personalLinkFor(actor, signup)}/cancel` }
    },
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/delete.post.ts', method: 'POST', what: 'deleting a fresh sign-up\'s data',
    build: async (actor) => {
      const signup = await freshSignup()
      return { method: 'POST', path: `/api/signups/${personalLinkFor(actor, signup)}/delete` }
    },
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },

  // Invite links: a bearer link; whoever holds it may use it, session or not. Without it, nothing.
  {
    file: 'invites/[token].get.ts', method: 'GET', what: 'a fresh invite (anonymous: a token not issued)',
    build: async actor => ({ method: 'GET', path: `/api/invites/${actor === 'anonymous' ? strangerToken() : await freshInvite()}` }),
    expected: { anonymous: [404, 'inviteNotFound'], student: 200, volunteer: 200, otherOrganiser: 200, owner: 200 },
  },
  {
    file: 'invites/[token].post.ts', method: 'POST', what: 'accepting a fresh invite (anonymous: a token not issued)',
    build: async actor => ({
      method: 'POST',
      path: `/api/invites/${actor === 'anonymous' ? strangerToken() : await freshInvite()}`,
      json: { name: `New Volunteer ${actor}`, password: 'a new volunteer password' },
    }),
    expected: { anonymous: [404, 'inviteNotFound'], student: 201, volunteer: 201, otherOrganiser: 201, owner: 201 },
  },

  // The organiser's dashboard.
  {
    file: 'organiser/events/index.get.ts', method: 'GET', what: 'one\'s own events',
    build: async () => ({ method: 'GET', path: '/api/organiser/events' }),
    // A volunteer's account sees the walks it is named guide of: here, none.
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: 200, otherOrganiser: 200, owner: 200 },
    check: (actor, body) => {
      const ids = (body as OrganiserEvent[]).map(event => event.id)
      if (actor === 'volunteer') expect(ids).toEqual([])
      if (actor === 'otherOrganiser') expect(ids).toEqual([otherEventId])
      if (actor === 'owner') expect(ids).toContain(eventId)
    },
  },
  {
    file: 'organiser/events/index.post.ts', method: 'POST', what: 'creating an event',
    build: async () => ({ method: 'POST', path: '/api/organiser/events', json: eventInput() }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: 201, owner: 201 },
  },
  {
    file: 'organiser/events/[id]/index.get.ts', method: 'GET', what: 'the owner\'s event edit form',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${eventId}` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/index.put.ts', method: 'PUT', what: 'saving an edit of the owner\'s event',
    build: async () => ({ method: 'PUT', path: `/api/organiser/events/${eventId}`, json: await editedEvent() }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/preview.post.ts', method: 'POST', what: 'the e-mails an edit of the owner\'s event would send',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${eventId}/preview`, json: await editedEvent() }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/attendees/index.get.ts', method: 'GET', what: 'the owner\'s attendee list',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${eventId}/attendees` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/attendees.csv.get.ts', method: 'GET', what: 'the owner\'s attendee CSV',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${eventId}/attendees.csv` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/attendees/[signupId].patch.ts', method: 'PATCH', what: 'checking in an attendee of the owner\'s event',
    build: async () => ({ method: 'PATCH', path: `/api/organiser/events/${eventId}/attendees/${(await freshSignup()).id}`, json: { checkedIn: true } }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/attendees/[signupId].patch.ts', method: 'PATCH', what: 'moving an attendee of the owner\'s event by hand',
    build: async () => ({ method: 'PATCH', path: `/api/organiser/events/${eventId}/attendees/${(await freshSignup()).id}`, json: { status: 'confirmed', overCapacity: true } }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/attendees/[signupId].patch.ts', method: 'PATCH', what: 'the owner\'s attendee through the other organiser\'s event',
    build: async () => ({ method: 'PATCH', path: `/api/organiser/events/${otherEventId}/attendees/${(await freshSignup()).id}`, json: { checkedIn: true } }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: [404, 'signupNotFound'], owner: NOT_THEIR_EVENT },
  },
  {
    file: 'organiser/events/[id]/checkin.post.ts', method: 'POST', what: 'checking in a ticket code at the owner\'s event',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${eventId}/checkin`, json: { code: (await freshSignup()).code } }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/checkin.post.ts', method: 'POST', what: 'the owner\'s ticket code at the other organiser\'s event',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${otherEventId}/checkin`, json: { code: (await freshSignup()).code } }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: [409, 'ticketOtherEvent'], owner: NOT_THEIR_EVENT },
  },
  {
    file: 'organiser/events/[id]/outbox.get.ts', method: 'GET', what: 'the owner\'s event\'s e-mails',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${eventId}/outbox` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/invites.post.ts', method: 'POST', what: 'inviting a volunteer',
    build: async () => ({ method: 'POST', path: '/api/organiser/invites', json: { email: `${randomUUID()}@example.org` } }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: 201, owner: 201 },
  },

  // The studio.
  { file: 'studio/status.get.ts', method: 'GET', what: 'translation status', build: async () => ({ method: 'GET', path: '/api/studio/status' }), expected: EDITORS },
  {
    file: 'studio/editor/[kind]/[slug]/[locale].get.ts', method: 'GET', what: 'a text in the editor',
    build: async () => ({ method: 'GET', path: '/api/studio/editor/stop/yu-lane-garden/fr' }),
    expected: EDITORS,
  },
  {
    file: 'studio/drafts.put.ts', method: 'PUT', what: 'autosaving one\'s own draft of a text',
    // Each account's first save of this text: a draft of its own.
    build: async () => ({ method: 'PUT', path: '/api/studio/drafts', json: { kind: 'walk', slug: 'suzhou-creek', locale: 'ko', fields: { title: 'A title' }, body: 'A first sentence.\n', position: null } }),
    expected: EDITORS,
  },
  {
    file: 'studio/submissions/index.get.ts', method: 'GET', what: 'one\'s own work and work to review',
    build: async () => ({ method: 'GET', path: '/api/studio/submissions' }),
    expected: EDITORS,
    check: (actor, body) => {
      const { mine, toReview } = body as { mine: SubmissionView[], toReview: SubmissionView[] }
      // Only organisers see others' work; nobody sees another's drafts as their own.
      if (actor === 'volunteer') expect(toReview).toEqual([])
      if (actor !== 'volunteer') expect(mine.map(work => work.id)).not.toContain(recorded.id)
    },
  },
  {
    file: 'studio/submissions/[id].get.ts', method: 'GET', what: 'the volunteer\'s work',
    build: async () => ({ method: 'GET', path: `/api/studio/submissions/${recorded.id}` }),
    expected: EDITORS,
  },
  {
    file: 'studio/submissions/[id].get.ts', method: 'GET', what: 'the owner\'s own draft (not the volunteer\'s to see)',
    build: async () => ({ method: 'GET', path: `/api/studio/submissions/${ownersDraft.id}` }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: [404, 'submissionNotFound'], otherOrganiser: 200, owner: 200 },
  },
  {
    file: 'studio/submissions/[id]/audio.get.ts', method: 'GET', what: 'the volunteer\'s recording',
    build: async () => ({ method: 'GET', path: `/api/studio/submissions/${recorded.id}/audio` }),
    expected: EDITORS,
  },
  {
    file: 'studio/submissions/[id]/audio.get.ts', method: 'GET', what: 'the owner\'s own recording (not the volunteer\'s to hear)',
    build: async () => ({ method: 'GET', path: `/api/studio/submissions/${ownersRecording.id}/audio` }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: [404, 'submissionNotFound'], otherOrganiser: 200, owner: 200 },
  },
  {
    file: 'studio/submissions/[id]/audio.post.ts', method: 'POST', what: 'recording for a fresh draft by the volunteer',
    build: async () => ({ method: 'POST', path: `/api/studio/submissions/${(await freshWork(actors.volunteer)).id}/audio`, body: wav(), headers: { 'content-type': 'audio/wav' } }),
    expected: AUTHOR_ONLY,
  },
  {
    file: 'studio/submissions/[id]/audio.post.ts', method: 'POST', what: 'recording for the owner\'s own draft',
    build: async () => ({ method: 'POST', path: `/api/studio/submissions/${ownersDraft.id}/audio`, body: wav(), headers: { 'content-type': 'audio/wav' } }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: [404, 'submissionNotFound'], otherOrganiser: WRONG_ROLE, owner: 200 },
  },
  {
    file: 'studio/new-stops.post.ts', method: 'POST', what: 'proposing a new stop',
    build: async actor => ({ method: 'POST', path: '/api/studio/new-stops', json: { ...NEW_STOP, slug: `proposed-by-${actor.toLowerCase()}` } }),
    expected: { ...EDITORS, volunteer: 201, otherOrganiser: 201, owner: 201 },
  },
  {
    file: 'studio/new-walks.post.ts', method: 'POST', what: 'proposing a new walk',
    build: async actor => ({ method: 'POST', path: '/api/studio/new-walks', json: { ...NEW_WALK, slug: `walk-by-${actor.toLowerCase()}` } }),
    expected: { ...EDITORS, volunteer: 201, otherOrganiser: 201, owner: 201 },
  },
  { file: 'studio/history.get.ts', method: 'GET', what: 'what the studio published', build: async () => ({ method: 'GET', path: '/api/studio/history' }), expected: REVIEWERS },
  {
    file: 'studio/submissions/[id]/revert.post.ts', method: 'POST', what: 'proposing to undo a published change',
    build: async () => ({ method: 'POST', path: `/api/studio/submissions/${publishedWork.id}/revert` }),
    expected: REVIEWERS,
  },
  {
    file: 'studio/submissions/[id]/photo.get.ts', method: 'GET', what: 'the volunteer\'s photo of a stop',
    build: async () => ({ method: 'GET', path: `/api/studio/submissions/${photographed.id}/photo` }),
    expected: EDITORS,
  },
  {
    file: 'studio/submissions/[id]/photo.get.ts', method: 'GET', what: 'the owner\'s own photo (not the volunteer\'s to see)',
    build: async () => ({ method: 'GET', path: `/api/studio/submissions/${ownersPhoto.id}/photo` }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: [404, 'submissionNotFound'], otherOrganiser: 200, owner: 200 },
  },
  {
    file: 'studio/submissions/[id]/photo.put.ts', method: 'PUT', what: 'a photo for a fresh draft by the volunteer',
    build: async () => ({ method: 'PUT', path: photoUpload((await freshWork(actors.volunteer)).id), body: await stopPhoto(), headers: { 'content-type': 'image/jpeg' } }),
    expected: AUTHOR_ONLY,
  },
  {
    file: 'studio/submissions/[id]/photo.put.ts', method: 'PUT', what: 'a photo for the owner\'s own draft',
    build: async () => ({ method: 'PUT', path: photoUpload(ownersDraft.id), body: await stopPhoto(), headers: { 'content-type': 'image/jpeg' } }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: [404, 'submissionNotFound'], otherOrganiser: WRONG_ROLE, owner: 200 },
  },
  {
    file: 'studio/submissions/[id]/photo.delete.ts', method: 'DELETE', what: 'taking the photo off a fresh draft by the volunteer',
    build: async () => ({ method: 'DELETE', path: `/api/studio/submissions/${(await freshWork(actors.volunteer, { photo: true })).id}/photo` }),
    expected: AUTHOR_ONLY,
  },
  {
    file: 'studio/submissions/[id]/submit.post.ts', method: 'POST', what: 'submitting a fresh draft by the volunteer',
    build: async () => {
      const work = await freshWork(actors.volunteer)
      return { method: 'POST', path: `/api/studio/submissions/${work.id}/submit`, json: { revision: work.revision } }
    },
    expected: AUTHOR_ONLY,
  },
  {
    file: 'studio/submissions/[id]/submit.post.ts', method: 'POST', what: 'submitting a fresh draft by the owner',
    build: async () => {
      const work = await freshWork(actors.owner)
      return { method: 'POST', path: `/api/studio/submissions/${work.id}/submit`, json: { revision: work.revision } }
    },
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: [404, 'submissionNotFound'], otherOrganiser: WRONG_ROLE, owner: 200 },
  },
  {
    file: 'studio/submissions/[id]/return.post.ts', method: 'POST', what: 'sending back fresh work the volunteer submitted',
    build: async () => ({ method: 'POST', path: `/api/studio/submissions/${(await freshWork(actors.volunteer, { submit: true })).id}/return`, json: { comment: 'Please check the second paragraph.' } }),
    expected: REVIEWERS,
  },
  {
    file: 'studio/submissions/[id]/approve.post.ts', method: 'POST', what: 'approving fresh work the volunteer submitted',
    build: async () => {
      const work = await freshWork(actors.volunteer, { submit: true })
      return { method: 'POST', path: `/api/studio/submissions/${work.id}/approve`, json: { revision: work.revision } }
    },
    expected: REVIEWERS,
  },

  // The day of the walk: following it live, and leading it.
  {
    file: 'signups/[token]/live.get.ts', method: 'GET', what: 'following the live walk with a confirmed place (anonymous, accounts: a token not theirs; owner: the attendee id)',
    build: async actor => ({ method: 'GET', path: `/api/signups/${personalLinkFor(actor, student)}/live` }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
    check: (_actor, body) => expectLiveStateOnly(body),
  },
  {
    file: 'signups/[token]/live.get.ts', method: 'GET', what: 'following the live walk from the waiting list',
    build: async actor => ({ method: 'GET', path: `/api/signups/${personalLinkFor(actor, waiting)}/live` }),
    expected: { anonymous: [404, 'signupNotFound'], student: [403, 'liveConfirmedOnly'], volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'organiser/events/[id]/live/index.get.ts', method: 'GET', what: 'the guide\'s view of the owner\'s live walk',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${liveEventId}/live` }),
    expected: OWN_EVENT_ONLY,
    check: (_actor, body) => expectLiveStateOnly(body),
  },
  {
    file: 'organiser/events/[id]/live/index.post.ts', method: 'POST', what: 'starting the live walk of a fresh event of the owner\'s',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${await createEvent(app, actors.owner)}/live`, json: { action: 'start' } }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/live/index.post.ts', method: 'POST', what: 'telling the owner\'s live group a preset phrase',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${liveEventId}/live`, json: { action: 'preset', preset: 'gatherHere' } }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/live/followers.get.ts', method: 'GET', what: 'who follows the owner\'s live walk',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${liveEventId}/live/followers` }),
    expected: OWN_EVENT_ONLY,
    check: (_actor, body) => expect((body as LiveFollowers).count).toBeTypeOf('number'),
  },

  // The walk's team: co-organisers and guides, named by their organiser accounts.
  {
    file: 'organiser/events/[id]/team/index.get.ts', method: 'GET', what: 'the team of the owner\'s walk',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${eventId}/team` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/team/index.post.ts', method: 'POST', what: 'naming the other organiser guide of a fresh walk of the owner\'s',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${await createEvent(app, actors.owner)}/team`, json: { email: OTHER_ORGANISER.email, role: 'guide' } }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/messages/index.get.ts', method: 'GET', what: 'the messages sent to the owner\'s walk',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${eventId}/messages` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/messages/index.post.ts', method: 'POST', what: 'writing to the owner\'s walk\'s students',
    build: async () => {
      await freshSignup()
      return { method: 'POST', path: `/api/organiser/events/${eventId}/messages`, json: { audience: 'everyone', template: 'weather', note: '' } }
    },
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: NOT_THEIR_EVENT, owner: 201 },
  },
  {
    file: 'organiser/events/[id]/repeat.post.ts', method: 'POST', what: 'repeating the owner\'s walk as a draft in six weeks',
    build: async () => ({ method: 'POST', path: `/api/organiser/events/${eventId}/repeat`, json: { dates: [inDays(42)], status: 'draft' } }),
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: NOT_THEIR_EVENT, owner: 201 },
  },
  {
    file: 'organiser/events/[id]/team/[userId].delete.ts', method: 'DELETE', what: 'taking a named guide off a fresh walk of the owner\'s',
    build: async () => {
      const fresh = await createEvent(app, actors.owner)
      const team = await as<TeamMember[]>(actors.owner, `/api/organiser/events/${fresh}/team`, { method: 'POST', json: { email: OTHER_ORGANISER.email, role: 'guide' } })
      return { method: 'DELETE', path: `/api/organiser/events/${fresh}/team/${team.find(member => member.role === 'guide')!.userId}` }
    },
    // The other organiser, named guide, is on the team but not a co-organiser: it is not theirs to change.
    expected: { anonymous: NO_SESSION, student: NO_SESSION, volunteer: WRONG_ROLE, otherOrganiser: [403, 'guideOnly'], owner: 200 },
  },

  // After the walk: reflections.
  {
    file: 'signups/[token]/reflection/index.get.ts', method: 'GET', what: 'one\'s own reflection (anonymous, accounts: a token not theirs; owner: the attendee id)',
    build: async actor => ({ method: 'GET', path: `/api/signups/${personalLinkFor(actor, reflector)}/reflection` }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/reflection/index.put.ts', method: 'PUT', what: 'writing a reflection after the walk',
    build: async actor => ({ method: 'PUT', path: `/api/signups/${personalLinkFor(actor, actor === 'student' ? pastStudent() : reflector)}/reflection`, json: reflectionBody }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/reflection/index.put.ts', method: 'PUT', what: 'writing a reflection before the walk',
    build: async actor => ({ method: 'PUT', path: `/api/signups/${personalLinkFor(actor, student)}/reflection`, json: reflectionBody }),
    expected: { anonymous: [404, 'signupNotFound'], student: [409, 'reflectionNotYet'], volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/reflection/index.delete.ts', method: 'DELETE', what: 'deleting one\'s reflection',
    build: async actor => ({ method: 'DELETE', path: `/api/signups/${personalLinkFor(actor, actor === 'student' ? await withReflection() : reflector)}/reflection` }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/reflection/photo.put.ts', method: 'PUT', what: 'adding a photo to one\'s reflection',
    build: async actor => ({
      method: 'PUT', path: `/api/signups/${personalLinkFor(actor, actor === 'student' ? await withReflection() : reflector)}/reflection/photo`,
      body: await jpeg(), headers: { 'content-type': 'image/jpeg' },
    }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  {
    file: 'signups/[token]/reflection/photo.get.ts', method: 'GET', what: 'one\'s own photo, not published yet',
    build: async actor => ({ method: 'GET', path: `/api/signups/${personalLinkFor(actor, reflector)}/reflection/photo` }),
    expected: { anonymous: [404, 'signupNotFound'], student: 200, volunteer: [404, 'signupNotFound'], otherOrganiser: [404, 'signupNotFound'], owner: [404, 'notFound'] },
  },
  { file: 'reflections/index.get.ts', method: 'GET', what: 'a walk\'s published reflections', build: async () => ({ method: 'GET', path: `/api/reflections?event=${pastEventId}` }), expected: PUBLIC },
  { file: 'reflections/[id]/photo.get.ts', method: 'GET', what: 'a published reflection\'s photo', build: async () => ({ method: 'GET', path: `/api/reflections/${published.reflectionId}/photo` }), expected: PUBLIC },
  {
    file: 'reflections/[id]/photo.get.ts', method: 'GET', what: 'the photo of a reflection waiting for the organisers',
    build: async () => ({ method: 'GET', path: `/api/reflections/${reflector.reflectionId}/photo` }),
    expected: { anonymous: [404, 'reflectionNotFound'], student: [404, 'reflectionNotFound'], volunteer: [404, 'reflectionNotFound'], otherOrganiser: [404, 'reflectionNotFound'], owner: 200 },
  },
  {
    file: 'organiser/events/[id]/reflections/index.get.ts', method: 'GET', what: 'the reflections on the owner\'s walk',
    build: async () => ({ method: 'GET', path: `/api/organiser/events/${pastEventId}/reflections` }),
    expected: OWN_EVENT_ONLY,
  },
  {
    file: 'organiser/events/[id]/reflections/[reflectionId].patch.ts', method: 'PATCH', what: 'publishing a fresh reflection on the owner\'s walk',
    build: async () => ({ method: 'PATCH', path: `/api/organiser/events/${pastEventId}/reflections/${(await withReflection()).reflectionId}`, json: { status: 'approved' } }),
    expected: OWN_EVENT_ONLY,
  },

  // Public: walks.
  { file: 'story.get.ts', method: 'GET', what: 'how the walk began', build: async () => ({ method: 'GET', path: '/api/story?locale=ko' }), expected: PUBLIC },
  { file: 'walks/index.get.ts', method: 'GET', what: 'walks', build: async () => ({ method: 'GET', path: '/api/walks' }), expected: PUBLIC },
  { file: 'walks/[slug].get.ts', method: 'GET', what: 'a walk', build: async () => ({ method: 'GET', path: '/api/walks/suzhou-creek' }), expected: PUBLIC },
  { file: 'walks/[slug]/offline.get.ts', method: 'GET', what: 'a walk\'s offline package', build: async () => ({ method: 'GET', path: '/api/walks/suzhou-creek/offline' }), expected: PUBLIC },
  { file: 'walks/[slug]/qr.get.ts', method: 'GET', what: 'a walk\'s QR codes', build: async () => ({ method: 'GET', path: '/api/walks/suzhou-creek/qr' }), expected: PUBLIC },
  { file: 'walks/[slug]/sheet.get.ts', method: 'GET', what: 'a walk\'s printable sheet', build: async () => ({ method: 'GET', path: '/api/walks/suzhou-creek/sheet' }), expected: PUBLIC },
  {
    file: 'walks/[slug]/stops/[stop].get.ts', method: 'GET', what: 'a stop',
    build: async () => ({ method: 'GET', path: '/api/walks/suzhou-creek/stops/zhongshan-park-frontage' }),
    expected: PUBLIC,
  },
]

/** The first event of a live stream is the whole state, which says nothing about any student. */
function expectLiveStateOnly(body: unknown) {
  const event = JSON.parse(body as string) as { event: string, data: string }
  expect(event.event).toBe('state')
  const state = JSON.parse(event.data) as LiveState
  expect(Object.keys(state).sort()).toEqual(['messages', 'position', 'status', 'stopIndex'])
  expect(event.data).not.toMatch(/@|Lin Student|Tongji/)
}

/** What each actor puts in a personal link: the student their own token; the rest what they could know. */
function personalLinkFor(actor: ActorName, signup: { token: string, id: string }): string {
  if (actor === 'student') return signup.token
  // The owner sees the sign-up's id in the attendee list; that is no token.
  if (actor === 'owner') return signup.id
  return strangerToken()
}

beforeAll(async () => {
  app = await startAppUnderTest()
  actors = {
    anonymous: { name: 'anonymous' },
    student: { name: 'student' },
    volunteer: { name: 'volunteer', cookie: await logIn(app, VOLUNTEER) },
    otherOrganiser: { name: 'otherOrganiser', cookie: await logIn(app, OTHER_ORGANISER) },
    owner: { name: 'owner', cookie: await logIn(app, OWNER) },
  }
  eventId = await createEvent(app, actors.owner, { capacity: 500 })
  draftEventId = await createEvent(app, actors.owner, { status: 'draft' })
  otherEventId = await createEvent(app, actors.otherOrganiser, { capacity: 500 })
  student = await freshSignup()
  liveEventId = await createEvent(app, actors.owner)
  await as(actors.owner, `/api/organiser/events/${liveEventId}/live`, { method: 'POST', json: { action: 'start' } })
  const fullEventId = await createEvent(app, actors.owner, { capacity: 1 })
  await signUp(app, fullEventId)
  waiting = await freshSignup(fullEventId)
  pastEventId = await createEvent(app, actors.owner, { capacity: 50 })
  for (let n = 0; n < 14; n++) pastStudents.push(await freshSignup(pastEventId))
  moveWalkIntoPast(app.databaseFile, pastEventId)
  reflector = await withReflection(true)
  published = await withReflection(true)
  await as(actors.owner, `/api/organiser/events/${pastEventId}/reflections/${published.reflectionId}`, { method: 'PATCH', json: { status: 'approved' } })
  recorded = await freshWork(actors.volunteer, { audio: true })
  ownersDraft = await freshWork(actors.owner)
  ownersRecording = await freshWork(actors.owner, { audio: true })
  photographed = await freshWork(actors.volunteer, { photo: true })
  publishedWork = await freshWork(actors.volunteer, { submit: true })
  await as(actors.owner, `/api/studio/submissions/${publishedWork.id}/approve`, { method: 'POST', json: { revision: publishedWork.revision } })
  ownersPhoto = await freshWork(actors.owner, { photo: true })
})

afterAll(async () => {
  console.log(`authorisation matrix: ${cells} cells (${ROWS.length} rows over ${new Set(ROWS.map(row => row.file)).size} route files × ${ACTORS.length} actors), ${passed} passed; session checks: ${sessionChecks}; ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await app?.stop()
})

function expectedOf(cell: Cell): { status: number, key?: ApiErrorKey } {
  return typeof cell === 'number' ? { status: cell } : { status: cell[0], key: cell[1] }
}

/** Refusals change nothing: every table but the outbox (whose earlier mail is marked sent in the background) is as it was. */
function withoutOutbox(fingerprint: Fingerprint): Fingerprint {
  const { outbox: _sentInTheBackground, ...rest } = fingerprint
  return rest
}

describe('authorisation matrix', () => {
  for (const row of ROWS) {
    describe(`${row.method} ${row.file}: ${row.what}`, () => {
      for (const actor of ACTORS) {
        const { status, key } = expectedOf(row.expected[actor])
        it(`${actor} → ${status}${key ? ` ${key}` : ''}`, async () => {
          cells++
          const call = await row.build(actor)
          const refusedWrite = status >= 400 && call.method !== 'GET'
          if (refusedWrite) await backgroundPublishesSettled(app.databaseFile)
          const before = refusedWrite ? withoutOutbox(databaseFingerprint(app.databaseFile)) : null
          const response = await send(app, call.path, { method: call.method, actor: call.as ?? actors[actor], json: call.json, body: call.body, headers: call.headers })
          // A live stream never ends: its first event is what there is to look at.
          const text = response.headers.get('content-type')?.startsWith('text/event-stream') ? JSON.stringify(await firstEvent(response)) : await response.text()
          expect(response.status, `${call.method} ${call.path} as ${actor}: ${text.slice(0, 400)}`).toBe(status)
          if (status === 401 || status === 403 || status === 404 || key) {
            const body = JSON.parse(text) as { data?: { key?: string } }
            expect(API_ERROR_KEYS, `refusal key of ${text.slice(0, 200)}`).toContain(body.data?.key)
            if (key) expect(body.data?.key).toBe(key)
          }
          if (before) expect(withoutOutbox(databaseFingerprint(app.databaseFile)), 'a refused request changed the database').toEqual(before)
          if (row.check && status < 300) row.check(actor, response.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text)
          passed++
        })
      }
    })
  }
})

describe('the matrix covers the API', () => {
  it('every route file under server/api has a row', () => {
    const files = readdirSync('server/api', { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.ts')).map(file => file.replaceAll('\\', '/'))
    expect(files.length).toBeGreaterThan(40)
    expect(files.filter(file => !ROWS.some(row => row.file === file))).toEqual([])
  })
})

describe('sessions end at logout', () => {
  const cases = [
    { account: OWNER, name: 'owner', path: '/api/organiser/events' },
    { account: OTHER_ORGANISER, name: 'otherOrganiser', path: `/api/organiser/events` },
    { account: VOLUNTEER, name: 'volunteer', path: '/api/studio/status' },
  ] as const
  for (const { account, name, path } of cases) {
    it(`${name}: a copy of the cookie made before logging out is refused 401 after`, async () => {
      sessionChecks++
      const copy: Actor = { name, cookie: await logIn(app, account) }
      expect((await send(app, path, { actor: copy })).status).toBe(200)
      expect((await send(app, '/api/auth/logout', { method: 'POST', actor: copy })).status).toBe(200)
      const reused = await send(app, path, { actor: copy })
      expect(reused.status).toBe(401)
      expect((await reused.json() as { data?: { key?: string } }).data?.key).toBe('unauthenticated')
      // A write with the old cookie is refused as well, and the account's other sessions go on working.
      const write = await send(app, '/api/studio/drafts', { method: 'PUT', actor: copy, json: { kind: 'stop', slug: 'yu-lane-garden', locale: 'ru', fields: {}, body: '', position: null } })
      expect(write.status).toBe(401)
      expect((await send(app, path, { actor: actors[name] })).status).toBe(200)
    })
  }
})
