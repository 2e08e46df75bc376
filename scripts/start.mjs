// Starts the built app with its embedded defaults: http://localhost:3000, a SQLite file in .data/,
// a demo group walk, and the first organiser's login printed once.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { SERVER_NODE_ARGS } from './serverNodeArgs.mjs'

const server = new URL('../.output/server/index.mjs', import.meta.url)
if (!existsSync(server)) {
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

const env = { PORT: '3000', NUXT_SESSION_PASSWORD: sessionPassword(), ...process.env }
console.log(`Citywalk is starting on http://localhost:${env.PORT}`)
const child = spawn(process.execPath, [...SERVER_NODE_ARGS, server.pathname], { env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', code => process.exit(code ?? 0))
