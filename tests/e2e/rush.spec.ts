import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, test } from '@playwright/test'

// A server of its own (own port, own SQLite file), so the rush and the kill touch no other test.
const PORT = Number(process.env.E2E_RUSH_PORT || 3960)
const ORIGIN = `http://127.0.0.1:${PORT}`
const databaseFile = join(mkdtempSync(join(tmpdir(), 'citywalk-rush-')), 'rush.sqlite')

function startServer(): Promise<ChildProcess> {
  // Playwright's own loader hooks (NODE_OPTIONS) must not leak into the server under test.
  const { NODE_OPTIONS: _loader, ...env } = process.env
  const server = spawn(process.execPath, ['.output/server/index.mjs'], {
    env: { ...env, PORT: String(PORT), HOST: '127.0.0.1', NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${PORT}`, CITYWALK_DATABASE_FILE: databaseFile, CITYWALK_SEED_DEMO: 'false', CITYWALK_SIGNUP_RATE_PER_MINUTE: '1000000', NUXT_SESSION_PASSWORD: 'rush-test-session-password-0123456789abcdef', SMTP_URL: '' },
    stdio: process.env.RUSH_DEBUG ? 'inherit' : 'ignore',
  })
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const poll = async () => {
      try {
        if ((await fetch(`${ORIGIN}/api/events`)).ok) return resolve(server)
      }
      catch { /* not listening yet */ }
      if (Date.now() - started > 30_000) return reject(new Error('server did not start'))
      setTimeout(poll, 200)
    }
    poll()
  })
}

function insertEvent(capacity: number): string {
  const db = new Sqlite(databaseFile)
  try {
    const id = randomUUID()
    const startsAt = Date.now() + 10 * 86_400_000
    db.prepare(`INSERT INTO events (id, walk_slug, stop_slugs, meeting_lat_e6, meeting_lng_e6, meeting_note, starts_at, duration_min,
      capacity, guide_languages, signup_deadline, descriptions, status) VALUES (?, 'yuyuan-road', '["qian-xuesen-residence"]', 31222300, 121426000,
      '{"en":"Jiangsu Road station"}', ?, 120, ?, '["en"]', ?, '{"en":"Rush test"}', 'published')`).run(id, startsAt, capacity, startsAt - 86_400_000)
    return id
  }
  finally {
    db.close()
  }
}

/** Addresses whose sign-up e-mail has been written (queued with the sign-up, written after the answer). */
function writtenMailAddresses(eventId: string) {
  const db = new Sqlite(databaseFile, { readonly: true })
  try {
    return (db.prepare(`SELECT o.recipient FROM outbox o
      WHERE o.event_id = ? AND o.pending_kind IS NULL AND o.subject LIKE '%Yuyuan Road%'`).all(eventId) as { recipient: string }[]).map(r => r.recipient)
  }
  finally {
    db.close()
  }
}

function statuses(eventId: string) {
  const db = new Sqlite(databaseFile, { readonly: true })
  try {
    return db.prepare('SELECT email, status FROM signups WHERE event_id = ?').all(eventId) as { email: string, status: string }[]
  }
  finally {
    db.close()
  }
}

// Each request on a connection of its own, as from separate phones; reused idle connections would race
// the server's keep-alive timeout and fail for reasons that have nothing to do with sign-ups.

function signUp(eventId: string, n: number, key = randomUUID()): Promise<{ status: number, json: () => Promise<unknown> }> {
  const body = JSON.stringify({ name: `Rush ${n}`, email: `rush-${n}@example.edu`, contact: '', university: 'Fudan University', language: 'en', consent: true, idempotencyKey: key })
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${ORIGIN}/api/events/${eventId}/signups`, {
      method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'connection': 'close' },
    }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', chunk => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, json: async () => JSON.parse(Buffer.concat(chunks).toString('utf8')) }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

test.describe.configure({ mode: 'serial' })

test('500 concurrent sign-ups for 30 places: exactly 30 confirmed and 470 waiting, no 5xx, no duplicates', async () => {
  test.setTimeout(120_000)
  const server = await startServer()
  try {
    const eventId = insertEvent(30)
    const keys = Array.from({ length: 500 }, () => randomUUID())
    const responses = await Promise.all(keys.map((key, n) => signUp(eventId, n, key)))
    expect(responses.map(r => r.status).filter(s => s !== 202)).toEqual([])
    // The same requests again (a phone resending after a lost answer) change nothing.
    const repeats = await Promise.all(keys.slice(0, 50).map((key, n) => signUp(eventId, n, key)))
    expect(repeats.every(r => r.status === 202)).toBe(true)
    const rows = statuses(eventId)
    expect(rows.filter(r => r.status === 'confirmed')).toHaveLength(30)
    expect(rows.filter(r => r.status === 'waiting')).toHaveLength(470)
  }
  finally {
    server.kill('SIGKILL')
  }
})

test('every acknowledged sign-up survives kill -9 mid-rush', async () => {
  test.setTimeout(120_000)
  let server = await startServer()
  const eventId = insertEvent(30)
  // Every sign-up has an address of its own (rush-<n>@example.edu): acknowledged ones are known by it.
  const acknowledged: string[] = []
  const rush = Array.from({ length: 400 }, (_, n) => signUp(eventId, 1000 + n)
    .then((response) => {
      if (response.status === 202) acknowledged.push(`rush-${1000 + n}@example.edu`)
    })
    .catch(() => undefined))
  // Kill the server once it has acknowledged some sign-ups and while others are still in flight.
  await expect.poll(() => acknowledged.length, { timeout: 30_000, intervals: [20] }).toBeGreaterThanOrEqual(20)
  server.kill('SIGKILL')
  await Promise.all(rush)
  server = await startServer()
  try {
    const stored = new Set(statuses(eventId).map(r => r.email))
    expect(acknowledged.length).toBeGreaterThan(0)
    expect(acknowledged.filter(address => !stored.has(address))).toEqual([])
    expect(statuses(eventId).filter(r => r.status === 'confirmed').length).toBeLessThanOrEqual(30)
    // Each acknowledged sign-up's e-mail was queued in its transaction: after the restart it is written.
    await expect.poll(() => {
      const written = new Set(writtenMailAddresses(eventId))
      return acknowledged.filter(address => !written.has(address))
    }, { timeout: 30_000 }).toEqual([])
  }
  finally {
    server.kill('SIGKILL')
  }
})
