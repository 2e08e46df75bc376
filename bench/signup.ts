// npm run bench:signup — sign-ups per second against the built server, and the raw SQLite ceiling.
// Prints readable figures; the last line is one JSON object (see README, "Benchmarks").
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBigEvents, openBenchDatabase } from './lib/benchDatabase'
import { ensureBuilt, startBuiltServer } from './lib/builtServer'
import { unwrittenMailCount, waitForMailWritten } from './lib/mailBacklog'
import { postgresSignupRates } from './lib/postgresServers'
import { processCpuMs } from './lib/processCpu'
import { rawSignupRate } from './lib/rawCeiling'
import { SKIP_POSTGRES } from '../tests/support/postgresCluster'
import { signupLoad, type LoadFigures } from './lib/signupLoad'

type Measured = LoadFigures & { serverCpuMsPerSignup: number | null }

const PORT = Number(process.env.BENCH_PORT || 4970)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
// Sign-ups go to several open events in turn, as on a busy day; each has room for everyone.
const EVENTS = Number(process.env.BENCH_EVENTS || 10)
const log = (line: string) => console.log(line)

async function rawCeiling(dir: string) {
  const { database, organiserId } = await openBenchDatabase(join(dir, 'raw.sqlite'))
  try {
    return await rawSignupRate(database, await createBigEvents(database, organiserId, EVENTS), 5)
  }
  finally {
    await database.close()
  }
}

interface MailFigures {
  /** E-mails still to be written when the 200-connection run ended, and the seconds until all were. */
  backlog: number
  drainS: number
  /** Server CPU per sign-up over both runs until every e-mail was written: the whole cost of a sign-up. */
  cpuMsPerSignupWithMail: number | null
}

async function overHttp(dir: string): Promise<Record<'c50' | 'c200', Measured> & { mail: MailFigures }> {
  const file = join(dir, 'server.sqlite')
  const { database, organiserId } = await openBenchDatabase(file)
  // Fresh events for each run (and for warming up).
  const warmUp = await createBigEvents(database, organiserId, EVENTS)
  const c50 = await createBigEvents(database, organiserId, EVENTS)
  const c200 = await createBigEvents(database, organiserId, EVENTS)
  await database.close()
  const server = await startBuiltServer(PORT, {
    CITYWALK_DATABASE_FILE: file,
    CITYWALK_SEED_DEMO: 'false',
    // The per-address limit would otherwise measure itself: every request here comes from one address.
    CITYWALK_SIGNUP_RATE_PER_MINUTE: '1000000000',
    NUXT_SESSION_PASSWORD: 'bench-session-password-0123456789abcdef',
    SMTP_URL: '',
  }, process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean))
  const measure = async (events: string[], connections: number): Promise<Measured> => {
    const cpuBefore = processCpuMs(server.pid)
    const figures = await signupLoad(server.origin, events, connections, SECONDS)
    const cpuAfter = processCpuMs(server.pid)
    const serverCpuMsPerSignup = cpuBefore === null || cpuAfter === null ? null : Number(((cpuAfter - cpuBefore) / figures.acknowledged).toFixed(2))
    return { ...figures, serverCpuMsPerSignup }
  }
  try {
    await signupLoad(server.origin, warmUp, 50, 2)
    // Sign-ups' e-mails are written after the answers: wait for the warm-up's before measuring.
    await waitForMailWritten(file)
    const cpuStart = processCpuMs(server.pid)
    const c50Figures = await measure(c50, 50)
    const c200Figures = await measure(c200, 200)
    const backlog = unwrittenMailCount(file)
    const { seconds: drainS } = await waitForMailWritten(file)
    const cpuEnd = processCpuMs(server.pid)
    const cpuMsPerSignupWithMail = cpuStart === null || cpuEnd === null
      ? null
      : Number(((cpuEnd - cpuStart) / (c50Figures.acknowledged + c200Figures.acknowledged)).toFixed(2))
    return { c50: c50Figures, c200: c200Figures, mail: { backlog, drainS, cpuMsPerSignupWithMail } }
  }
  finally {
    await server.stop()
  }
}

const describe = (name: string, f: Measured) =>
  `${name}: ${f.rps} sign-ups/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, ${f.errors} errors (${f.acknowledged} acknowledged`
  + `${f.serverCpuMsPerSignup === null ? '' : `; server CPU ${f.serverCpuMsPerSignup} ms per sign-up`})`

ensureBuilt(log)
const dir = mkdtempSync(join(tmpdir(), 'citywalk-bench-'))
try {
  log(`Sign-ups to ${EVENTS} events in turn, ${SECONDS} s per run, after a 2 s warm-up.`)
  const raw = await rawCeiling(dir)
  const rawTxPerSec = Math.round(raw.perSecond)
  log(`raw createSignup on better-sqlite3, no HTTP: ${rawTxPerSec} transactions/s in the best of five 1-s windows (median ${Math.round(raw.medianPerSecond)}; CPU ${raw.cpuMsPerTx.toFixed(2)} ms per transaction)`)
  const { c50, c200, mail } = await overHttp(dir)
  log(describe('50 connections', c50))
  log(describe('200 connections', c200))
  log(`e-mails (written after the answers): ${mail.backlog} still to write when the last run ended, all written ${mail.drainS} s later;`
    + ` server CPU ${mail.cpuMsPerSignupWithMail ?? '?'} ms per sign-up including its e-mail`)
  const ratio = Number((c200.rps / rawTxPerSec).toFixed(3))
  log(`200-connection rate is ${(ratio * 100).toFixed(1)} % of the raw ceiling (target: ≥ 800/s, p99 ≤ 150 ms)`)
  const figures = (f: LoadFigures) => ({ rps: f.rps, p50Ms: f.p50Ms, p99Ms: f.p99Ms, errors: f.errors })
  // Several servers need PostgreSQL; on this machine all of them, the database and the load share the same cores.
  const postgres = SKIP_POSTGRES ? null : await postgresSignupRates(EVENTS, 200, SECONDS)
  if (postgres) {
    log(describe('PostgreSQL, one server, 200 connections', { ...postgres.oneServer, serverCpuMsPerSignup: null }))
    log(describe('PostgreSQL, two servers, 100 connections each (combined, worse p99)', { ...postgres.twoServers, serverCpuMsPerSignup: null }))
  }
  console.log(JSON.stringify({
    c50: figures(c50), c200: figures(c200), rawTxPerSec, ratio, mail,
    postgres: postgres && { oneServer: figures(postgres.oneServer), twoServers: figures(postgres.twoServers) },
  }))
}
finally {
  rmSync(dir, { recursive: true, force: true })
}
