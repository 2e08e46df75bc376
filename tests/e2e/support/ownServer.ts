import { spawn, type ChildProcess } from 'node:child_process'

export interface OwnServer {
  origin: string
  stop: () => Promise<void>
}

/**
 * Starts a built server of a test's own (own port, own files), for tests that restart it or change what it
 * serves. Playwright's loader hooks (NODE_OPTIONS) must not leak into it.
 */
export async function startOwnServer(options: { port: number, env: Record<string, string>, entry?: string }): Promise<OwnServer> {
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  const origin = `http://127.0.0.1:${options.port}`
  const server: ChildProcess = spawn(process.execPath, [options.entry ?? '.output/server/index.mjs'], {
    env: { ...inherited, PORT: String(options.port), HOST: '127.0.0.1', NUXT_PUBLIC_SITE_URL: origin, SMTP_URL: '', ...options.env },
    stdio: 'ignore',
  })
  const stop = async () => {
    if (server.exitCode !== null) return
    const exited = new Promise(done => server.once('exit', done))
    server.kill()
    await exited
  }
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    if (await fetch(`${origin}/api/walks`).then(r => r.ok, () => false)) return { origin, stop }
    await new Promise(done => setTimeout(done, 200))
  }
  await stop()
  throw new Error(`server on ${origin} did not start`)
}
