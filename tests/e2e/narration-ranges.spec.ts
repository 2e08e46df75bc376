import { statSync } from 'node:fs'
import { test, expect } from './support/fixtures'

const TRACK = '/narration/en/qian-xuesen-residence.opus'
const size = () => statSync(`public${TRACK}`).size

test('narration answers byte ranges, as Safari asks for audio, and says it does', async ({ request }) => {
  const whole = await request.get(TRACK)
  expect(whole.status()).toBe(200)
  expect(whole.headers()['accept-ranges']).toBe('bytes')
  expect(whole.headers()['content-type']).toMatch(/^audio\/ogg/)
  expect(whole.headers()['cache-control']).toMatch(/max-age=3600/)
  expect(whole.headers()['x-content-type-options']).toBe('nosniff')
  expect((await whole.body()).length).toBe(size())

  const first = await request.get(TRACK, { headers: { Range: 'bytes=0-999' } })
  expect(first.status()).toBe(206)
  expect(first.headers()['content-range']).toBe(`bytes 0-999/${size()}`)
  expect((await first.body()).equals((await whole.body()).subarray(0, 1000))).toBe(true)

  // A seek near the end fetches only the end.
  const tail = await request.get(TRACK, { headers: { Range: `bytes=${size() - 500}-` } })
  expect(tail.status()).toBe(206)
  expect((await tail.body()).length).toBe(500)
  const suffix = await request.get(TRACK.replace('.opus', '.mp3'), { headers: { Range: 'bytes=-300' } })
  expect(suffix.status()).toBe(206)
  expect(suffix.headers()['content-type']).toBe('audio/mpeg')
  expect((await suffix.body()).length).toBe(300)

  const past = await request.get(TRACK, { headers: { Range: `bytes=${size() + 10}-` } })
  expect(past.status()).toBe(416)
  expect(past.headers()['content-range']).toBe(`bytes */${size()}`)

  const again = await request.get(TRACK, { headers: { 'If-None-Match': whole.headers().etag! } })
  expect(again.status()).toBe(304)
})

test('only narration files are answered this way: anything else under /narration is the app\'s 404', async ({ request }) => {
  for (const path of ['/narration/en/no-such-stop.opus', '/narration/en/../../package.json', '/narration/en/%2e%2e%2fpackage.json', '/narration/EN/qian-xuesen-residence.opus']) {
    const response = await request.get(path, { headers: { Range: 'bytes=0-10' } })
    expect(response.status(), path).toBe(404)
  }
})

test('hostile Range headers get a clear answer, never a 5xx', async ({ request }) => {
  const ranges = ['bytes=abc', 'bytes=5-1', 'bytes=0-1,5-6,9-12', `bytes=0-${'9'.repeat(400)}`, 'bytes=-0', 'items=0-10', 'bytes=' + '0-1,'.repeat(2000), 'bytes=\u00e9-1']
  for (const range of ranges) {
    const response = await request.get(TRACK, { headers: { Range: range } })
    expect([200, 206, 416], `${range.slice(0, 40)} → ${response.status()}`).toContain(response.status())
  }
})
