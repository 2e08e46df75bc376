import type { APIRequestContext } from '@playwright/test'
import { toneWav } from '../support/toneWav'
import { insertPublishedEvent } from './support/events'
import { postChunked } from './support/chunkedPost'
import { logInOrganiser } from './support/organiserEvents'
import { test, expect } from './support/fixtures'

const MB = 1024 * 1024

/** The organiser's draft of a stop text, to attach recordings to, and the session cookie that owns it. */
async function draftWithCookie(request: APIRequestContext, baseURL: string) {
  await logInOrganiser(request)
  const response = await request.put('/api/studio/drafts', { data: { kind: 'stop', slug: 'rewi-alley-residence', locale: 'fr', fields: {}, body: '', position: null } })
  expect(response.ok()).toBe(true)
  const { cookies } = await request.storageState()
  const cookie = cookies.filter(c => new URL(baseURL).hostname === c.domain).map(c => `${c.name}=${c.value}`).join('; ')
  return { id: (await response.json() as { id: string }).id, cookie }
}

test('a chunked recording over the limit is answered 413 audioTooLarge, not reset', async ({ request, baseURL }) => {
  const draft = await draftWithCookie(request, baseURL!)
  const answer = await postChunked(`${baseURL}/api/studio/submissions/${draft.id}/audio`, 40 * MB, { 'content-type': 'audio/wav', 'cookie': draft.cookie })
  expect(answer.error).toBeNull()
  expect(answer.status).toBe(413)
  expect(answer.body?.data?.key).toBe('audioTooLarge')
})

test('a chunked JSON body over the limit is answered 413 bodyTooLarge, not reset', async ({ baseURL }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const answer = await postChunked(`${baseURL}/api/events/${eventId}/signups`, 20 * MB, { 'content-type': 'application/json' })
  expect(answer.error).toBeNull()
  expect(answer.status).toBe(413)
  expect(answer.body?.data?.key).toBe('bodyTooLarge')
})

test('a chunked body that is not JSON is refused 415', async ({ baseURL }) => {
  const eventId = insertPublishedEvent({ capacity: 5 })
  const answer = await postChunked(`${baseURL}/api/events/${eventId}/signups`, 100, { 'content-type': 'text/plain' })
  expect(answer.status).toBe(415)
})

test('a WAV whose header lies about its sizes is refused 422 audioInvalid', async ({ request, baseURL }) => {
  const draft = await draftWithCookie(request, baseURL!)
  const take = toneWav(2)
  const lie = (offset: number, value: number) => {
    const copy = Buffer.from(take)
    copy.writeUInt32LE(value, offset)
    return copy
  }
  const lies = {
    'RIFF size too large': lie(4, take.length + 5000),
    'RIFF size too small': lie(4, 1000),
    'data size too large': lie(40, take.length * 2),
    'data size too small': lie(40, 48_000),
    'samples cut short': take.subarray(0, take.length - 5000),
    'bytes after the data': Buffer.concat([take, Buffer.alloc(5000)]),
  }
  for (const [label, data] of Object.entries(lies)) {
    const response = await request.post(`/api/studio/submissions/${draft.id}/audio`, { data, headers: { 'content-type': 'audio/wav' } })
    expect(response.status(), label).toBe(422)
    expect((await response.json()).data?.key, label).toBe('audioInvalid')
  }
})
