import Sqlite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorKey } from '../../shared/types/apiError'
import type { TeamMember } from '../../shared/types/team'
import { createEvent, logIn, send, signUp, type Actor } from './support/actors'
import { OTHER_ORGANISER, OWNER, VOLUNTEER, startAppUnderTest, type AppUnderTest } from './support/appUnderTest'
import { databaseFingerprint } from './support/databaseFingerprint'
import { waitUntilSettled } from './support/settled'
import { shanghaiDate } from '../../shared/utils/repeatDates'

/**
 * What each member of a walk's team may do, on a real server: the owner names the other organiser
 * guide of one walk and then co-organiser. A guide checks tickets in by their code and leads the live
 * walk; everything that shows or changes the list of names (and the walk itself, its mail, its team
 * and its reflections) answers 403 guideOnly, and changes nothing. Named co-organiser, the same account
 * may do all of it; taken off the team, nothing.
 */

let app: AppUnderTest
let owner: Actor
let member: Actor
let eventId: string
let ticketCode: string
let signupId: string
let memberId: string

const teamPath = () => `/api/organiser/events/${eventId}/team`

/** Every request a co-organiser may send about the walk, and whether a guide may send it too. */
const REQUESTS: { what: string, method: string, path: () => string, json?: () => unknown, guide: boolean }[] = [
  { what: 'the live walk\'s stream', method: 'GET', path: () => `/api/organiser/events/${eventId}/live`, guide: true },
  { what: 'starting the live walk', method: 'POST', path: () => `/api/organiser/events/${eventId}/live`, json: () => ({ action: 'start' }), guide: true },
  { what: 'telling the group a phrase', method: 'POST', path: () => `/api/organiser/events/${eventId}/live`, json: () => ({ action: 'preset', preset: 'gatherHere' }), guide: true },
  { what: 'who follows', method: 'GET', path: () => `/api/organiser/events/${eventId}/live/followers`, guide: true },
  { what: 'checking a ticket in by its code', method: 'POST', path: () => `/api/organiser/events/${eventId}/checkin`, json: () => ({ code: ticketCode }), guide: true },
  { what: 'the list of names', method: 'GET', path: () => `/api/organiser/events/${eventId}/attendees`, guide: false },
  { what: 'the list as CSV', method: 'GET', path: () => `/api/organiser/events/${eventId}/attendees.csv`, guide: false },
  { what: 'checking in from the list', method: 'PATCH', path: () => `/api/organiser/events/${eventId}/attendees/${signupId}`, json: () => ({ checkedIn: true }), guide: false },
  { what: 'giving a place by hand', method: 'PATCH', path: () => `/api/organiser/events/${eventId}/attendees/${signupId}`, json: () => ({ status: 'confirmed', overCapacity: true }), guide: false },
  { what: 'the walk\'s e-mails', method: 'GET', path: () => `/api/organiser/events/${eventId}/outbox`, guide: false },
  { what: 'the edit form', method: 'GET', path: () => `/api/organiser/events/${eventId}`, guide: false },
  { what: 'the reflections to decide on', method: 'GET', path: () => `/api/organiser/events/${eventId}/reflections`, guide: false },
  { what: 'the team', method: 'GET', path: teamPath, guide: false },
  { what: 'the messages sent to the walk', method: 'GET', path: () => `/api/organiser/events/${eventId}/messages`, guide: false },
  { what: 'writing to the walk\'s students', method: 'POST', path: () => `/api/organiser/events/${eventId}/messages`, json: () => ({ audience: 'everyone', template: 'runningLate', note: '' }), guide: false },
  { what: 'repeating the walk', method: 'POST', path: () => `/api/organiser/events/${eventId}/repeat`, json: () => ({ dates: [shanghaiDate(new Date(Date.now() + 40 * 86_400_000))], status: 'draft' }), guide: false },
  { what: 'naming themselves co-organiser', method: 'POST', path: teamPath, json: () => ({ email: OTHER_ORGANISER.email, role: 'organiser' }), guide: false },
  { what: 'taking the owner off the team', method: 'DELETE', path: () => `${teamPath()}/${ownerId()}`, guide: false },
]
let ownerUserId = ''
const ownerId = () => ownerUserId

async function answer(actor: Actor, request: typeof REQUESTS[number]) {
  const response = await send(app, request.path(), { method: request.method, actor, json: request.json?.() })
  // A live stream never ends: its answer's status is what there is to look at.
  const text = response.headers.get('content-type')?.startsWith('text/event-stream') ? (await response.body?.cancel(), '') : await response.text()
  return { status: response.status, key: text.startsWith('{') ? (JSON.parse(text) as { data?: { key?: ApiErrorKey } }).data?.key : undefined }
}

beforeAll(async () => {
  app = await startAppUnderTest()
  owner = { name: 'owner', cookie: await logIn(app, OWNER) }
  member = { name: 'otherOrganiser', cookie: await logIn(app, OTHER_ORGANISER) }
  eventId = await createEvent(app, owner, { capacity: 20 })
  const student = await signUp(app, eventId)
  const db = new Sqlite(app.databaseFile, { readonly: true })
  try {
    ({ code: ticketCode, id: signupId } = db.prepare('SELECT checkin_code AS code, id FROM signups WHERE token = ?').get(student.token) as { code: string, id: string })
    ownerUserId = (db.prepare('SELECT id FROM users WHERE email = ?').get(OWNER.email) as { id: string }).id
  }
  finally {
    db.close()
  }
})

afterAll(async () => {
  await app?.stop()
})

describe('a walk\'s team', () => {
  it('names people only by an account, a volunteer\'s only as guide, keeps one co-organiser, and says why it refuses', async () => {
    const nobody = await send(app, teamPath(), { method: 'POST', actor: owner, json: { email: 'nobody@example.org', role: 'guide' } })
    expect(nobody.status).toBe(404)
    expect((await nobody.json() as { data: { key: string } }).data.key).toBe('teamAccountNotFound')
    const volunteer = await send(app, teamPath(), { method: 'POST', actor: owner, json: { email: VOLUNTEER.email, role: 'organiser' } })
    expect(volunteer.status).toBe(422)
    expect((await volunteer.json() as { data: { key: string } }).data.key).toBe('teamVolunteerGuideOnly')
    const alone = await send(app, `${teamPath()}/${ownerUserId}`, { method: 'DELETE', actor: owner })
    expect(alone.status).toBe(409)
    expect((await alone.json() as { data: { key: string } }).data.key).toBe('teamLastOrganiser')
    const demoted = await send(app, teamPath(), { method: 'POST', actor: owner, json: { email: OWNER.email, role: 'guide' } })
    expect((await demoted.json() as { data: { key: string } }).data.key).toBe('teamLastOrganiser')

    const named = await send(app, teamPath(), { method: 'POST', actor: owner, json: { email: OTHER_ORGANISER.email.toUpperCase(), role: 'guide' } })
    expect(named.status).toBe(200)
    const team = await named.json() as TeamMember[]
    expect(team.map(m => [m.email, m.role, m.you])).toEqual([[OWNER.email, 'organiser', true], [OTHER_ORGANISER.email, 'guide', false]])
    memberId = team.find(m => m.role === 'guide')!.userId
  })

  it('lets a guide lead and check in, and refuses them the list, the walk, its mail, team and reflections without changing anything', async () => {
    // The mail naming the guide is sent in the background: let it finish, or its delivery looks like a write.
    await waitUntilSettled(app)
    for (const request of REQUESTS) {
      const before = request.method === 'GET' || request.guide ? null : databaseFingerprint(app.databaseFile)
      const { status, key } = await answer(member, request)
      if (request.guide) expect(status, request.what).toBe(200)
      else {
        expect([status, key], request.what).toEqual([403, 'guideOnly'])
        if (before) expect(databaseFingerprint(app.databaseFile), request.what).toEqual(before)
      }
    }
  })

  it('gives a co-organiser everything, and someone taken off the team nothing', async () => {
    expect((await send(app, teamPath(), { method: 'POST', actor: owner, json: { email: OTHER_ORGANISER.email, role: 'organiser' } })).status).toBe(200)
    for (const request of REQUESTS.filter(r => r.method === 'GET')) expect((await answer(member, request)).status, request.what).toBe(200)
    // Two co-organisers: either may leave, and the walk keeps the other.
    expect((await send(app, `${teamPath()}/${memberId}`, { method: 'DELETE', actor: member })).status).toBe(200)
    for (const request of REQUESTS) expect(await answer(member, request), request.what).toEqual({ status: 404, key: 'eventNotFound' })
  })

  it('lets a volunteer\'s account named guide lead and check in like any guide, list the walk, and nothing more; taken off, not even that', async () => {
    const volunteer: Actor = { name: 'volunteer', cookie: await logIn(app, VOLUNTEER) }
    expect((await send(app, teamPath(), { method: 'POST', actor: owner, json: { email: VOLUNTEER.email, role: 'guide' } })).status).toBe(200)
    await waitUntilSettled(app)
    const listed = await send(app, '/api/organiser/events', { actor: volunteer })
    expect((await listed.json() as { id: string, teamRole: string }[]).map(walk => [walk.id, walk.teamRole])).toEqual([[eventId, 'guide']])
    for (const request of REQUESTS) {
      const before = request.method === 'GET' || request.guide ? null : databaseFingerprint(app.databaseFile)
      const { status, key } = await answer(volunteer, request)
      if (request.guide) expect(status, request.what).toBe(200)
      else {
        expect([status, key], request.what).toEqual([403, 'guideOnly'])
        if (before) expect(databaseFingerprint(app.databaseFile), request.what).toEqual(before)
      }
    }
    // Still a volunteer: no walk of their own, no one else's.
    expect((await send(app, '/api/organiser/events', { method: 'POST', actor: volunteer, json: {} })).status).toBe(403)
    const volunteerId = (await (await send(app, teamPath(), { actor: owner })).json() as TeamMember[]).find(m => m.email === VOLUNTEER.email)!.userId
    expect((await send(app, `${teamPath()}/${volunteerId}`, { method: 'DELETE', actor: owner })).status).toBe(200)
    for (const request of REQUESTS) expect(await answer(volunteer, request), request.what).toEqual({ status: 403, key: 'forbidden' })
    expect(await (await send(app, '/api/organiser/events', { actor: volunteer })).json()).toEqual([])
  })
})
