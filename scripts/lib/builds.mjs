// Where the studio's publish command puts each build, and which one `npm start` runs. Each build has a
// folder of its own under .builds/ and `.builds/current` is a symlink to the one to serve, replaced in one
// rename: a running server keeps loading its own build's files (by their real path) until it restarts,
// however late the restart comes, so a lost restart signal never leaves it half on one build and half on
// another. A build is removed only when it is neither current, nor running, nor among the newest.
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The folder holding the builds (CITYWALK_BUILDS_DIR, default .builds/ in the project). */
export const buildsDir = () => resolve(process.env.CITYWALK_BUILDS_DIR || join(root, '.builds'))

/** A new, empty build folder's path, named by the time it was made. */
export function newBuildDir() {
  mkdirSync(buildsDir(), { recursive: true })
  return join(buildsDir(), new Date().toISOString().replace(/[:.]/g, '-'))
}

/** The real path of the build to serve: `.builds/current`, else the plain `.output` of `npm run build`. */
export function currentBuild() {
  const current = join(buildsDir(), 'current')
  if (existsSync(join(current, 'server', 'index.mjs'))) return realpathSync(current)
  return join(root, '.output')
}

/** Makes `dir` the build to serve, in one rename. */
export function makeCurrent(dir) {
  const next = join(buildsDir(), `current-${process.pid}`)
  rmSync(next, { force: true })
  symlinkSync(dir, next, 'dir')
  renameSync(next, join(buildsDir(), 'current'))
}

/** Removes old builds: keeps the current one, the one `running` (a path), and the `keep` newest. */
export function pruneBuilds(keep = 3, running = process.env.CITYWALK_RUNNING_BUILD) {
  const spared = new Set([currentBuild(), running && existsSync(running) ? realpathSync(running) : ''])
  const builds = readdirSync(buildsDir(), { withFileTypes: true })
    .filter(entry => entry.isDirectory() && !entry.isSymbolicLink())
    .map(entry => join(buildsDir(), entry.name))
    .sort()
  for (const dir of builds.slice(0, Math.max(0, builds.length - keep))) {
    if (!spared.has(dir)) rmSync(dir, { recursive: true, force: true })
  }
}
