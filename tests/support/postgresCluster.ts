import { execFileSync, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'

/** Opting out of the tests against a real PostgreSQL server (documented in the README). */
export const SKIP_POSTGRES = process.env.CITYWALK_TEST_POSTGRES === 'skip'

export const MISSING_POSTGRES = 'The PostgreSQL tests need the server binaries (initdb, pg_ctl): install them '
  + '(Debian/Ubuntu: apt-get install postgresql; or set CITYWALK_PG_BIN to their folder), '
  + 'or set CITYWALK_TEST_POSTGRES=skip to leave those tests out.'

export interface PostgresCluster {
  /** postgres:// URL of the cluster's `postgres` database, as superuser `postgres`. */
  url: string
  stop: () => void
}

/** Folder with initdb and pg_ctl: CITYWALK_PG_BIN, else Debian's newest /usr/lib/postgresql/<version>/bin, else PATH. */
function findBinaries(): string {
  const candidates = [process.env.CITYWALK_PG_BIN ?? '']
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter(v => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))
    candidates.push(...versions.map(v => `/usr/lib/postgresql/${v}/bin`))
  }
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim()
  if (onPath) candidates.push(onPath.replace(/\/initdb$/, ''))
  const found = candidates.find(dir => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')))
  if (!found) throw new Error(MISSING_POSTGRES)
  return found
}

/** A TCP port of 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * A throwaway PostgreSQL cluster in a temp folder, on a free port of 127.0.0.1, trusting local
 * connections, without fsync (nothing in it outlives the tests). PostgreSQL refuses to run as root,
 * so under root it runs as the `postgres` user that Debian's package creates.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findBinaries()
  const dir = mkdtempSync(join(tmpdir(), 'citywalk-pg-'))
  const data = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
    chownSync(dir, uid, gid)
  }
  const run = (tool: string, args: string[]) => {
    const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args]
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: dir })
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout || result.error?.message}`)
  }
  const port = await freePort()
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start'])
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  // A test run that ends abruptly must not leave a server behind.
  process.once('exit', stop)
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }
}

/** A fresh, empty database on the cluster at `adminUrl`, and how to drop it again. */
export async function createDatabaseOn(adminUrl: string): Promise<{ url: string, drop: () => Promise<void> }> {
  const name = `citywalk_${randomUUID().replaceAll('-', '')}`
  const asAdmin = async (statement: string) => {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
    try {
      await admin.unsafe(statement)
    }
    finally {
      await admin.end()
    }
  }
  await asAdmin(`CREATE DATABASE ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}

/** Runs one query on its own connection to `url`, for tests that read what a server stored. */
export async function queryOnce<T>(url: string, query: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  try {
    return await query(sql)
  }
  finally {
    await sql.end()
  }
}
