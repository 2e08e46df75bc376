import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Person {
  name: string
  email: string
}

/** Runs git in the workspace; its output, trimmed. */
async function git(root: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const { stdout } = await run('git', ['-C', root, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 24 })
  return stdout.trim()
}

export const isGitCheckout = (root: string) => git(root, ['rev-parse', '--is-inside-work-tree']).then(out => out === 'true', () => false)

/**
 * Commits exactly `paths` (added, changed or deleted), leaving anything else staged or changed in the
 * checkout alone. The volunteer is the author; the organiser who approved it, the committer.
 */
export async function commitPaths(root: string, paths: string[], message: string, author: Person, committer: Person): Promise<string> {
  await git(root, ['add', '--all', '--', ...paths])
  await git(root, ['commit', '--quiet', '--no-verify', '-m', message, '--author', `${author.name} <${author.email}>`, '--', ...paths], {
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  })
  return git(root, ['rev-parse', 'HEAD'])
}

/** Unstages `paths` after a failed commit (their files are restored by the caller). */
export const unstagePaths = (root: string, paths: string[]) => git(root, ['reset', '--quiet', '--', ...paths]).catch(() => undefined)

export const headCommit = (root: string) => git(root, ['rev-parse', 'HEAD'])

/** Whether the checkout has `sha` (it may still lack commits other servers pushed since). */
export const hasCommit = (root: string, sha: string) => git(root, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false)

/** Takes back the commits after `sha`, keeping their files in the working tree for the caller to restore. */
export const uncommit = (root: string, sha: string) => git(root, ['reset', '--quiet', '--soft', sha])

/** Brings the checkout up to the remote branch; refuses (throws) when the checkout has commits of its own. */
export async function pullFrom(root: string, remote: string, branch: string) {
  await git(root, ['fetch', '--quiet', remote, branch])
  await git(root, ['merge', '--quiet', '--ff-only', 'FETCH_HEAD'])
}

export const pushTo = (root: string, remote: string, branch: string) => git(root, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`])

/** The commits that touched `path`, newest first (at most `limit`). */
export const commitsOf = (root: string, path: string, limit = 200) =>
  git(root, ['log', `--max-count=${limit}`, '--format=%H', '--', path]).then(out => out ? out.split('\n') : [], () => [])

/** `path` as it was at `sha`; null when it was not there. */
export const fileAt = (root: string, sha: string, path: string) =>
  run('git', ['-C', root, 'show', `${sha}:${path}`], { maxBuffer: 1 << 24 }).then(({ stdout }) => stdout, () => null)

/** `path` as it was at `sha`, as bytes (audio and photos too); null when it was not there. */
export const blobAt = (root: string, sha: string, path: string) =>
  run('git', ['-C', root, 'show', `${sha}:${path}`], { maxBuffer: 1 << 26, encoding: 'buffer' }).then(({ stdout }) => stdout, () => null)

/** The paths a commit added, changed or deleted. */
export const pathsOf = (root: string, sha: string) =>
  git(root, ['diff-tree', '--no-commit-id', '--name-only', '-r', '--root', sha]).then(out => out ? out.split('\n') : [])
