// npm run bench:signup — sign-ups per second against the built server, and the raw SQLite ceiling.
// Prints readable figures; the last line is one JSON object (see README, "Benchmarks").
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBigEvent, openBenchDatabase } from './lib/benchDatabase'
import { ensureBuilt, startBuiltServer } from './lib/builtServer'
import { rawSignupRate } from './lib/rawCeiling'
import { signupLoad, type LoadFigures } from './lib/signupLoad'

const PORT = Number(process.env.BENCH_PORT || 4970)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const log = (line: string) => console.log(line)

async function rawCeiling(dir: string): Promise<number> {
  const { database, organiserId } = await openBenchDatabase(join(dir, 'raw.sqlite'))
  try {
    return await rawSignupRate(database, await createBigEvent(database, organiserId), Math.min(SECONDS, 5))
  }
  finally {
    await database.close()
  }
}

async function overHttp(dir: string): Promise<Record<'c50' | 'c200', LoadFigures>> {
  const file = join(dir, 'server.sqlite')
  const { database, organiserId } = await openBenchDatabase(file)
  // One event per run (and one for warming up), each with room for everyone.
  const [warmUp, c50, c200] = [await createBigEvent(database, organiserId), await createBigEvent(database, organiserId), await createBigEvent(database, organiserId)]
  await database.close()
  const server = await startBuiltServer(PORT, {
    CITYWALK_DATABASE_FILE: file,
    CITYWALK_SEED_DEMO: 'false',
    // The per-address limit would otherwise measure itself: every request here comes from one address.
    CITYWALK_SIGNUP_RATE_PER_MINUTE: '1000000000',
    NUXT_SESSION_PASSWORD: 'bench-session-password-0123456789abcdef',
    SMTP_URL: '',
  }, process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean))
  try {
    await signupLoad(server.origin, warmUp, 50, 2)
    return {
      c50: await signupLoad(server.origin, c50, 50, SECONDS),
      c200: await signupLoad(server.origin, c200, 200, SECONDS),
    }
  }
  finally {
    await server.stop()
  }
}

const describe = (name: string, f: LoadFigures) =>
  `${name}: ${f.rps} sign-ups/s, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, ${f.errors} errors (${f.acknowledged} acknowledged)`

ensureBuilt(log)
const dir = mkdtempSync(join(tmpdir(), 'citywalk-bench-'))
try {
  const rawTxPerSec = Math.round(await rawCeiling(dir))
  log(`raw createSignup on better-sqlite3, no HTTP: ${rawTxPerSec} transactions/s`)
  const { c50, c200 } = await overHttp(dir)
  log(describe('50 connections', c50))
  log(describe('200 connections', c200))
  const ratio = Number((c200.rps / rawTxPerSec).toFixed(3))
  log(`200-connection rate is ${(ratio * 100).toFixed(1)} % of the raw ceiling (target: ≥ 800/s, p99 ≤ 150 ms)`)
  const figures = (f: LoadFigures) => ({ rps: f.rps, p50Ms: f.p50Ms, p99Ms: f.p99Ms, errors: f.errors })
  console.log(JSON.stringify({ c50: figures(c50), c200: figures(c200), rawTxPerSec, ratio }))
}
finally {
  rmSync(dir, { recursive: true, force: true })
}
