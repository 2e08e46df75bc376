// Starts the built app with its embedded defaults: http://localhost:3000, a SQLite file in .data/,
// a demo group walk, and the first organiser's login printed once.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
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
let restarting = false
let child = startServer()

function startServer() {
  const build = currentBuild()
  // Started by the build's real path: publishing another build never moves the files this server loads.
  const server = spawn(process.execPath, [...SERVER_NODE_ARGS, join(build, 'server', 'index.mjs')], { env: { ...env, CITYWALK_RUNNING_BUILD: build }, stdio: 'inherit' })
  server.on('exit', (code) => {
    if (!restarting) process.exit(code ?? 0)
    restarting = false
    console.log(`Citywalk is restarting on the new build (${currentBuild()})`)
    child = startServer()
  })
  return server
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
process.on('SIGHUP', () => {
  restarting = true
  child.kill('SIGTERM')
})
