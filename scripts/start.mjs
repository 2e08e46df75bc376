// Starts the built app with its embedded defaults: http://localhost:3000, a SQLite file in .data/,
// a demo group walk, and the first organiser's login printed once.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { currentBuild } from './lib/builds.mjs'
import { SERVER_NODE_ARGS } from './serverNodeArgs.mjs'

// The build to serve, looked up again at each restart (the studio's publish command makes a new one current).
const serverEntry = () => join(currentBuild(), 'server', 'index.mjs')
if (!existsSync(serverEntry())) {
  console.error('No build found. Run `npm run build` first (or `npm run quickstart` to install, build and start).')
  process.exit(1)
}

// Organiser sessions are sealed with this secret; keep one per install so logins survive restarts.
function sessionPassword() {
  const file = new URL('../.data/session-password', import.meta.url)
  if (!existsSync(file)) {
    mkdirSync(new URL('../.data/', import.meta.url), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

// The studio's publish command (scripts/publish.mjs) sends SIGHUP once a new build is in place.
const port = process.env.PORT || '3000'
// Links in e-mails and QR codes name this address; set NUXT_PUBLIC_SITE_URL to the public one in production.
const env = { PORT: port, NUXT_PUBLIC_SITE_URL: `http://localhost:${port}`, NUXT_SESSION_PASSWORD: sessionPassword(), ...process.env, CITYWALK_SUPERVISOR_PID: String(process.pid) }
console.log(`Citywalk is starting on http://localhost:${env.PORT}`)
let restarting = null
let child = startServer(currentBuild())

function startServer(build, extra = {}) {
  // Started by the build's real path: publishing another build never moves the files this server loads.
  return spawn(process.execPath, [...SERVER_NODE_ARGS, join(build, 'server', 'index.mjs')], { env: { ...env, CITYWALK_RUNNING_BUILD: build, ...extra }, stdio: 'inherit' })
}

function supervise(server) {
  server.on('exit', (code) => {
    if (!restarting) process.exit(code ?? 0)
    const build = restarting
    restarting = null
    console.log(`Citywalk is restarting on the new build (${build})`)
    child = supervise(startServer(build))
  })
  return server
}
supervise(child)

/** A port nothing listens on now, for trying a new build beside the running one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address()
      probe.close(() => resolve(free))
    })
  })
}

/** Whether `build` starts and answers its health check (/readyz) within a minute, tried on a port of its own. */
async function answersHealthCheck(build) {
  const trialPort = await freePort()
  const trial = startServer(build, { PORT: String(trialPort), HOST: '127.0.0.1' })
  const exited = new Promise(done => trial.once('exit', () => done(false)))
  const ready = (async () => {
    for (const until = Date.now() + 60_000; Date.now() < until;) {
      const status = await fetch(`http://127.0.0.1:${trialPort}/readyz`).then(r => r.status, () => 0)
      if (status === 200) return true
      await new Promise(done => setTimeout(done, 250))
    }
    return false
  })()
  const healthy = await Promise.race([ready, exited])
  trial.kill('SIGTERM')
  return healthy
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
// The old build keeps serving until the new one has answered its health check; one that does not is not switched to.
process.on('SIGHUP', async () => {
  const build = currentBuild()
  if (!await answersHealthCheck(build)) {
    console.error(`The new build (${build}) did not answer its health check: Citywalk stays on the running one`)
    return
  }
  restarting = build
  child.kill('SIGTERM')
})
