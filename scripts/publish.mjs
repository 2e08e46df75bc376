// The studio's default publish command, run after an approval's commit: builds the site beside the
// running one, swaps the new build in, and asks `npm start` (scripts/start.mjs) to restart the server on it.
import { spawnSync } from 'node:child_process'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = name => fileURLToPath(new URL(`../${name}`, import.meta.url))
const [next, current, previous] = ['.output-next', '.output', '.output-previous'].map(at)

console.log(`[publish] ${new Date().toISOString()} building`)
rmSync(next, { recursive: true, force: true })
// Built into its own folder: the running server still loads files from .output until it restarts.
const build = spawnSync(process.execPath, [at('node_modules/nuxt/bin/nuxt.mjs'), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, CITYWALK_BUILD_DIR: next } })
if (build.status !== 0) {
  console.error('[publish] build failed; the site keeps running the previous build')
  process.exit(build.status ?? 1)
}
rmSync(previous, { recursive: true, force: true })
if (existsSync(current)) renameSync(current, previous)
renameSync(next, current)

const supervisor = Number(process.env.CITYWALK_SUPERVISOR_PID)
if (supervisor) {
  process.kill(supervisor, 'SIGHUP')
  console.log('[publish] new build in place; the server is restarting on it')
}
else console.log('[publish] new build in place; restart the server to serve it')
