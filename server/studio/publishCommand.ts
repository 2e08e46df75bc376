import { spawn } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Workspace } from './workspace'

/**
 * Starts the configured publish command in the workspace after a commit, through scripts/publishStep.mjs,
 * which records how it ended in the submission's row itself (the default command restarts this server).
 * It runs detached, with its output in the workspace's publish log.
 */
export function startPublishCommand(workspace: Workspace, submissionId: string) {
  const log = workspace.publishLog
  mkdirSync(dirname(log), { recursive: true })
  const output = openSync(log, 'a')
  const env: NodeJS.ProcessEnv = { ...process.env, CITYWALK_PUBLISH_COMMAND: workspace.publishCommand }
  // The step opens the database the server uses, from wherever the command runs.
  if (!env.DATABASE_URL) env.CITYWALK_DATABASE_FILE = resolve(env.CITYWALK_DATABASE_FILE || '.data/citywalk.sqlite')
  const child = spawn(process.execPath, [resolve('scripts', 'publishStep.mjs'), submissionId], {
    cwd: workspace.root, env, detached: true, stdio: ['ignore', output, output],
  })
  child.unref()
}
