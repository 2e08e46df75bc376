import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import { insertPublishedEvent } from './support/events'
import { test, expect } from './support/fixtures'
import { mailTo, personalLinkToken } from './support/inbox'

const signUp = (request: APIRequestContext, eventId: string, email: string, language = 'en') => request.post(`/api/events/${eventId}/signups`, {
  data: { name: 'Test Student', email, contact: '', university: 'ECNU', language, consent: true, idempotencyKey: randomUUID() },
})

test('a sign-up is confirmed by e-mail with a calendar file and a personal link', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const email = `${randomUUID()}@example.edu`
  const answer = await signUp(request, eventId, email)
  expect(answer.status()).toBe(202)
  expect(await answer.json()).toEqual({ received: true })
  await expect.poll(async () => (await mailTo(request, email)).length).toBe(1)
  const [mail] = await mailTo(request, email)
  expect(mail!.subject).toBe('You have a place: Suzhou Creek')
  expect(mail!.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/signup\/[\w-]{32}\n/)
  expect(mail!.text).toContain('Shanghai time')
  const ics = mail!.attachments.find(a => a.filename === 'citywalk.ics')!
  expect(ics.contentType).toContain('text/calendar')
  expect(ics.content).toContain('BEGIN:VCALENDAR')
  expect(ics.content).toMatch(/DTSTART:\d{8}T\d{6}Z/)
  expect(ics.content).toContain(`UID:${eventId}@citywalk`)
})

test('the e-mail is in the student\'s language', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const email = `${randomUUID()}@example.edu`
  await signUp(request, eventId, email, 'zh')
  await expect.poll(async () => (await mailTo(request, email)).length).toBe(1)
  const [mail] = await mailTo(request, email)
  expect(mail!.subject).toContain('苏州河')
})

test('the waiting list is told its position, and the next person is told when a place frees up', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 1 })
  const firstEmail = `${randomUUID()}@example.edu`
  await signUp(request, eventId, firstEmail)
  const firstToken = await personalLinkToken(request, firstEmail)
  const waitingEmail = `${randomUUID()}@example.edu`
  await signUp(request, eventId, waitingEmail)
  await expect.poll(async () => (await mailTo(request, waitingEmail)).map(m => m.subject)).toEqual(['Waiting list: Suzhou Creek'])
  expect((await mailTo(request, waitingEmail))[0]!.text).toContain('number 1 on the waiting list')
  expect((await mailTo(request, waitingEmail))[0]!.attachments).toHaveLength(0)

  await request.post(`/api/signups/${firstToken}/cancel`)
  await expect.poll(async () => (await mailTo(request, waitingEmail)).map(m => m.subject))
    .toEqual(['Waiting list: Suzhou Creek', 'A place freed up for you: Suzhou Creek'])
})

test('signing up again with an address that has a place hands out nothing: the link goes to that address', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const victim = `${randomUUID()}@example.edu`
  const first = await signUp(request, eventId, victim)
  const token = await personalLinkToken(request, victim)
  // Someone who knows the address tries again, in another language and with another key.
  const again = await signUp(request, eventId, victim.toUpperCase(), 'fr')
  expect(again.status()).toBe(first.status())
  const body = await again.text()
  expect(JSON.parse(body)).toEqual({ received: true })
  expect(body).not.toContain(token)
  await expect.poll(async () => (await mailTo(request, victim)).map(m => m.subject))
    .toEqual(['You have a place: Suzhou Creek', 'Your personal link: Suzhou Creek'])
  const resent = (await mailTo(request, victim))[1]!
  expect(resent.text).toContain(`/signup/${token}`)
  expect(resent.text).toContain('You had signed up already, so nothing has changed.')
  // Three e-mails in an hour at most, so nobody can flood the address.
  for (let n = 0; n < 3; n++) expect((await signUp(request, eventId, victim)).status()).toBe(202)
  await expect.poll(async () => (await mailTo(request, victim)).length).toBe(3)
  await new Promise(resolve => setTimeout(resolve, 1_000))
  expect(await mailTo(request, victim)).toHaveLength(3)
})

test('an idempotency key is bound to its details: sent again with another address it is refused', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const data = { name: 'Test Student', email: `${randomUUID()}@example.edu`, contact: '', university: 'ECNU', language: 'en', consent: true, idempotencyKey: randomUUID() }
  expect((await request.post(`/api/events/${eventId}/signups`, { data })).status()).toBe(202)
  // The same request again (an answer lost on the way back) is answered alike.
  expect((await request.post(`/api/events/${eventId}/signups`, { data })).status()).toBe(202)
  const other = await request.post(`/api/events/${eventId}/signups`, { data: { ...data, email: `${randomUUID()}@example.edu` } })
  expect(other.status()).toBe(409)
  expect((await other.json()).data).toMatchObject({ key: 'idempotencyConflict' })
  await expect.poll(async () => (await mailTo(request, data.email)).length).toBe(1)
})
