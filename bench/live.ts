// npm run bench:live — a live walk's fan-out: 500 followers spread over two built servers on one
// PostgreSQL, and the time from a guide's "next stop" to the last follower hearing of it.
// Prints readable figures; the last line is one JSON object (see README, "Benchmarks").
import { readFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { loadMigrations } from '../server/db/migrate'
import { openDatabaseFromEnv } from '../server/db/open'
import { createSignup } from '../server/db/signupStore'
import { addUser } from '../server/db/userStore'
import { createDatabaseOn, freePort, SKIP_POSTGRES, startPostgresCluster } from '../tests/support/postgresCluster'
import { createBigEvent } from './lib/benchDatabase'
import { ensureBuilt, startBuiltServer, type RunningServer } from './lib/builtServer'
import { followLive } from './lib/liveFollowers'

const FOLLOWERS = Number(process.env.BENCH_LIVE_FOLLOWERS || 500)
const MOVES = Number(process.env.BENCH_LIVE_MOVES || 30)
const ORGANISER = { email: 'guide@example.org', password: 'bench-password-not-secret' }
const MIGRATIONS = join(import.meta.dirname, '..', 'server', 'db', 'migrations', 'pg')
const log = (line: string) => console.log(line)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const ms = (value: number) => Number(value.toFixed(1))

interface Round {
  /** From the guide's request to the last follower hearing of it. */
  lastMs: number[]
  /** From the guide's request to each follower hearing of it. */
  eachMs: number[]
}

/** The guide moves the group `moves` times, one move at a time, each once every follower heard the one before. */
async function lead(guide: { origin: string, cookie: string }, eventId: string, pool: Awaited<ReturnType<typeof followLive>>, moves: number): Promise<Round> {
  const round: Round = { lastMs: [], eachMs: [] }
  for (let n = 0; n < moves; n++) {
    const sent = performance.now()
    const response = await fetch(`${guide.origin}/api/organiser/events/${eventId}/live`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'origin': guide.origin, 'cookie': guide.cookie },
      body: JSON.stringify({ action: 'goTo', stopIndex: n % 2 }),
    })
    if (!response.ok) throw new Error(`move refused: ${response.status} ${await response.text()}`)
    const { seq } = await response.json() as { seq: number }
    const times = await pool.heardBy(seq)
    round.eachMs.push(...times.map(time => time - sent))
    round.lastMs.push(Math.max(...times) - sent)
  }
  return round
}

async function main() {
  if (SKIP_POSTGRES) {
    log('CITYWALK_TEST_POSTGRES=skip: the live fan-out benchmark needs PostgreSQL; skipped.')
    return
  }
  ensureBuilt(log)
  const cluster = await startPostgresCluster()
  const { url, drop } = await createDatabaseOn(cluster.url)
  const servers: RunningServer[] = []
  try {
    const database = await openDatabaseFromEnv({ DATABASE_URL: url })
    await database.migrate(await loadMigrations(async path => readFileSync(join(MIGRATIONS, path), 'utf8')))
    const organiserId = await addUser(database, { ...ORGANISER, name: 'Guide', role: 'organiser' })
    const eventIds = [await createBigEvent(database, organiserId), await createBigEvent(database, organiserId)]
    // The followers' places, made through the real sign-up store: the baseline event has one.
    const tokens: string[] = []
    for (let n = 0; n < FOLLOWERS; n++) {
      const { signup } = await createSignup(database, eventIds[0]!, { name: `Student ${n}`, email: `follower-${n}@example.edu`, contact: '', university: 'Fudan', language: 'en', consent: true, idempotencyKey: randomUUID() })
      tokens.push(signup.token)
    }
    const { signup: alone } = await createSignup(database, eventIds[1]!, { name: 'Alone', email: 'alone@example.edu', contact: '', university: 'Fudan', language: 'en', consent: true, idempotencyKey: randomUUID() })
    await database.close()

    const env = {
      DATABASE_URL: url, CITYWALK_DATABASE_FILE: '', CITYWALK_SEED_DEMO: 'false', SMTP_URL: '',
      CITYWALK_LOGIN_RATE_PER_MINUTE: '1000000', NUXT_SESSION_PASSWORD: 'bench-session-password-0123456789abcdef',
    }
    for (let n = 0; n < 2; n++) servers.push(await startBuiltServer(await freePort(), env))
    const login = await fetch(`${servers[0]!.origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'origin': servers[0]!.origin }, body: JSON.stringify(ORGANISER) })
    if (!login.ok) throw new Error(`login refused: ${login.status}`)
    const guide = { origin: servers[0]!.origin, cookie: login.headers.getSetCookie().map(c => c.split(';')[0]).join('; ') }
    for (const eventId of eventIds) {
      await fetch(`${guide.origin}/api/organiser/events/${eventId}/live`, { method: 'POST', headers: { 'content-type': 'application/json', 'origin': guide.origin, 'cookie': guide.cookie }, body: JSON.stringify({ action: 'start' }) })
    }

    log(`Live walk fan-out: a guide on server A moves the group ${MOVES} times; each move waits until every follower heard the one before.`)
    // Baseline, same run: one follower, on the other server (one request, one NOTIFY, one delivery).
    const one = await followLive([{ origin: servers[1]!.origin, token: alone.token }])
    await lead(guide, eventIds[1]!, one, 3)
    const baseline = await lead(guide, eventIds[1]!, one, MOVES)
    one.close()

    const connecting = performance.now()
    const pool = await followLive(tokens.map((token, n) => ({ origin: servers[n % 2]!.origin, token })))
    const connectS = (performance.now() - connecting) / 1000
    await lead(guide, eventIds[0]!, pool, 3)
    const many = await lead(guide, eventIds[0]!, pool, MOVES)
    pool.close()

    const figures = {
      followers: FOLLOWERS,
      servers: 2,
      moves: MOVES,
      connectAllS: Number(connectS.toFixed(2)),
      lastFollowerP50Ms: ms(percentile(many.lastMs, 50)),
      lastFollowerP99Ms: ms(percentile(many.lastMs, 99)),
      eachFollowerP50Ms: ms(percentile(many.eachMs, 50)),
      eachFollowerP99Ms: ms(percentile(many.eachMs, 99)),
      baselineOneFollowerP50Ms: ms(percentile(baseline.lastMs, 50)),
      baselineOneFollowerP99Ms: ms(percentile(baseline.lastMs, 99)),
    }
    log(`${FOLLOWERS} followers (half on each server) connected in ${figures.connectAllS} s`)
    log(`"next stop" → last of ${FOLLOWERS} followers: p50 ${figures.lastFollowerP50Ms} ms, p99 ${figures.lastFollowerP99Ms} ms (target: within 2 s)`)
    log(`"next stop" → each follower: p50 ${figures.eachFollowerP50Ms} ms, p99 ${figures.eachFollowerP99Ms} ms`)
    log(`baseline, one follower on the other server: p50 ${figures.baselineOneFollowerP50Ms} ms, p99 ${figures.baselineOneFollowerP99Ms} ms`)
    console.log(JSON.stringify({ live: figures }))
  }
  finally {
    await Promise.all(servers.map(server => server.stop()))
    await drop().catch(() => {})
    cluster.stop()
  }
}

await main()
