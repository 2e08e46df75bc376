import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import { INBOX_URL } from '../../playwright.config'
import type { SignupResult } from '../../shared/types/event'
import { insertPublishedEvent } from './support/events'
import { test, expect } from './support/fixtures'

interface Received { to: string[], subject: string, text: string, attachments: { filename: string, contentType: string, content: string }[] }

async function mailTo(request: APIRequestContext, address: string): Promise<Received[]> {
  const all = await (await request.get(INBOX_URL)).json() as Received[]
  return all.filter(m => m.to.includes(address))
}

const signUp = (request: APIRequestContext, eventId: string, email: string, language = 'en') => request.post(`/api/events/${eventId}/signups`, {
  data: { name: 'Test Student', email, contact: '', university: 'ECNU', language, consent: true, idempotencyKey: randomUUID() },
})

test('a sign-up is confirmed by e-mail with a calendar file and a personal link', async ({ request }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const email = `${randomUUID()}@example.edu`
  const result = await (await signUp(request, eventId, email)).json() as SignupResult
  await expect.poll(async () => (await mailTo(request, email)).length).toBe(1)
  const [mail] = await mailTo(request, email)
  expect(mail!.subject).toBe('You have a place: Suzhou Creek')
  expect(mail!.text).toContain(`/signup/${result.token}`)
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
  const first = await (await signUp(request, eventId, `${randomUUID()}@example.edu`)).json() as SignupResult
  const waitingEmail = `${randomUUID()}@example.edu`
  await signUp(request, eventId, waitingEmail)
  await expect.poll(async () => (await mailTo(request, waitingEmail)).map(m => m.subject)).toEqual(['Waiting list: Suzhou Creek'])
  expect((await mailTo(request, waitingEmail))[0]!.text).toContain('number 1 on the waiting list')
  expect((await mailTo(request, waitingEmail))[0]!.attachments).toHaveLength(0)

  await request.post(`/api/signups/${first.token}/cancel`)
  await expect.poll(async () => (await mailTo(request, waitingEmail)).map(m => m.subject))
    .toEqual(['Waiting list: Suzhou Creek', 'A place freed up for you: Suzhou Creek'])
})
