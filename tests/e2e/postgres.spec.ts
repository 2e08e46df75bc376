import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { expect, test } from '@playwright/test'
import type postgres from 'postgres'
import type { EventSummary, PersonalSignup } from '../../shared/types/event'
import { createDatabaseOn, freePort, queryOnce, SKIP_POSTGRES, startPostgresCluster, type PostgresCluster } from '../support/postgresCluster'

// The built server on a real PostgreSQL server (DATABASE_URL): bundled pg migrations, the demo event, a sign-up.
test.describe.configure({ mode: 'serial' })
test.skip(SKIP_POSTGRES, 'CITYWALK_TEST_POSTGRES=skip')

let cluster: PostgresCluster
let databaseUrl: string
let dropDatabase: () => Promise<void>

test.beforeAll(async () => {
  test.setTimeout(120_000)
  cluster = await startPostgresCluster()
  ;({ url: databaseUrl, drop: dropDatabase } = await createDatabaseOn(cluster.url))
})

test.afterAll(async () => {
  await dropDatabase?.()
  cluster?.stop()
})

async function startServer(port: number): Promise<ChildProcess> {
  // Playwright's own loader hooks (NODE_OPTIONS) must not leak into the server under test.
  const { NODE_OPTIONS: _loader, ...env } = process.env
  const server = spawn(process.execPath, ['.output/server/index.mjs'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${port}`, DATABASE_URL: databaseUrl, CITYWALK_DATABASE_FILE: '', SMTP_URL: '', NUXT_SESSION_PASSWORD: 'pg-test-session-password-0123456789abcdef', CITYWALK_ADMIN_EMAIL: 'organiser@example.org', CITYWALK_ADMIN_PASSWORD: 'correct horse battery staple' },
    stdio: 'ignore',
  })
  await expect.poll(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/events`)).status
    }
    catch {
      return 0
    }
  }, { timeout: 60_000, intervals: [200] }).toBe(200)
  return server
}

const rowsOf = <T>(query: (sql: postgres.Sql) => Promise<T>) => queryOnce(databaseUrl, query)

test('the built server migrates PostgreSQL, seeds the demo event and takes a sign-up', async () => {
  test.setTimeout(120_000)
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let server = await startServer(port)
  try {
    // Nitro does not wait for its start-up plugins, so the first answers may come before the seed.
    const listEvents = async () => await (await fetch(`${origin}/api/events`)).json() as EventSummary[]
    await expect.poll(async () => (await listEvents()).map(e => e.walkSlug), { timeout: 30_000 }).toEqual(['yuyuan-road'])
    const events = await listEvents()
    const body = JSON.stringify({ name: 'Li Wei', email: 'li.wei@example.edu', contact: '', university: 'Fudan University', language: 'zh', consent: true, idempotencyKey: randomUUID() })
    const post = () => fetch(`${origin}/api/events/${events[0]!.id}/signups`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const first = await post()
    expect(first.status).toBe(202)
    expect((await post()).status).toBe(202)
    // No SMTP here: the personal link is read from the stored sign-up, as the e-mail would carry it.
    const [{ token }] = await rowsOf(sql => sql`SELECT token FROM signups WHERE email = 'li.wei@example.edu'`) as [{ token: string }]
    const personal = await (await fetch(`${origin}/api/signups/${token}`)).json() as PersonalSignup
    expect(personal).toMatchObject({ status: 'confirmed', name: 'Li Wei' })
    // No SMTP_URL: the confirmation waits in the outbox, in Chinese, with its calendar file.
    await expect.poll(() => rowsOf(sql => sql`SELECT recipient, ics_attachment FROM outbox`), { timeout: 10_000 })
      .toEqual([{ recipient: 'li.wei@example.edu', ics_attachment: expect.stringContaining('BEGIN:VCALENDAR') }])
  }
  finally {
    server.kill('SIGKILL')
  }
  // A restart applies no migration twice and seeds nothing again.
  server = await startServer(port)
  try {
    const events = await (await fetch(`${origin}/api/events`)).json() as EventSummary[]
    expect(events).toHaveLength(1)
    expect(await rowsOf(sql => sql`SELECT count(*)::int AS n FROM signups`)).toEqual([{ n: 1 }])
    expect(await rowsOf(sql => sql`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 1 }])
  }
  finally {
    server.kill('SIGKILL')
  }
})
