import { spawn } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { PublishState } from '../../shared/types/submission'
import type { Workspace } from './workspace'

/**
 * Starts the configured publish command in the workspace after a commit, and reports how it ended.
 * It runs detached, with its output in `<uploads>/../publish.log`: the default one restarts this server.
 */
export function startPublishCommand(workspace: Workspace, onEnd: (state: PublishState) => void): PublishState {
  if (!workspace.publishCommand.trim()) return 'skipped'
  const log = join(dirname(workspace.uploadsDir), 'publish.log')
  mkdirSync(dirname(log), { recursive: true })
  const output = openSync(log, 'a')
  const child = spawn(workspace.publishCommand, { cwd: workspace.root, shell: true, detached: true, stdio: ['ignore', output, output] })
  child.on('error', () => onEnd('failed'))
  child.on('exit', code => onEnd(code === 0 ? 'done' : 'failed'))
  child.unref()
  return 'running'
}
