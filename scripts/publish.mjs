// The studio's default publish command, run after an approval's commit: builds the site into a folder of
// its own, makes it the current build (scripts/lib/builds.mjs), and asks `npm start` (scripts/start.mjs)
// to restart the server on it. The running server's build is left as it is, so it keeps answering
// whole until it restarts, even if the signal never reaches it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { makeCurrent, newBuildDir, pruneBuilds } from './lib/builds.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = newBuildDir()

console.log(`[publish] ${new Date().toISOString()} building into ${dir}`)
const build = spawnSync(process.execPath, [fileURLToPath(new URL('../node_modules/nuxt/bin/nuxt.mjs', import.meta.url)), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, CITYWALK_BUILD_DIR: dir } })
if (build.status !== 0) {
  console.error('[publish] build failed; the site keeps running the previous build')
  process.exit(build.status ?? 1)
}
makeCurrent(dir)
pruneBuilds()

const supervisor = Number(process.env.CITYWALK_SUPERVISOR_PID)
if (supervisor) {
  process.kill(supervisor, 'SIGHUP')
  console.log('[publish] new build in place; the server is restarting on it')
}
else console.log('[publish] new build in place; restart the server to serve it (the running one keeps its own build)')
