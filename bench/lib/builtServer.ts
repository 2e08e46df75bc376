import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { SERVER_NODE_ARGS } from '../../scripts/serverNodeArgs.mjs'

const ROOT = join(import.meta.dirname, '..', '..')
const ENTRY = join(ROOT, '.output', 'server', 'index.mjs')

/** Builds the app once when there is no `.output` yet. */
export function ensureBuilt(log: (line: string) => void) {
  if (existsSync(ENTRY)) return
  log('No .output/server/index.mjs: building (nuxt build)…')
  const build = spawnSync('npx', ['nuxt', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('nuxt build failed')
}

export interface RunningServer {
  origin: string
  pid: number
  stop: () => Promise<void>
}

/** Starts the built server as `npm start` does (same Node flags), on its own port and database file; resolves once it answers. */
export async function startBuiltServer(port: number, env: Record<string, string>, extraNodeArgs: string[] = []): Promise<RunningServer> {
  // A loader in NODE_OPTIONS (tsx, Playwright) must not leak into the server being measured.
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, ...extraNodeArgs, ENTRY], {
    cwd: ROOT,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  const started = Date.now()
  while (true) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`)
    try {
      if ((await fetch(`${origin}/api/events`)).ok) break
    }
    catch { /* not listening yet */ }
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL')
      throw new Error('server did not start within 60 s')
    }
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  return { origin, pid: child.pid!, stop: () => stopChild(child) }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })
}
