import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SubmissionKind } from '../../shared/types/submission'
import { parseTextFile } from './textFile'

/**
 * The studio works on the project's files, the single source of truth: `content/` and `public/` in
 * a git checkout (NUXT_STUDIO_ROOT, by default the folder the server was started from). Readers see
 * a change once the site is rebuilt; the studio sees it as soon as it is committed.
 *
 * On one machine, the publish command rebuilds and restarts the server after each approval. With
 * several servers, each has a checkout of its own and approvals are pushed to a shared git remote
 * (NUXT_STUDIO_GIT_REMOTE, a remote name or URL), whose CI/CD builds and deploys every server.
 */
export interface Workspace {
  root: string
  /** Where the publish command writes its output. */
  publishLog: string
  /** Run after each approval's commit (and push); empty for none. */
  publishCommand: string
  /** The git remote and branch each approval is pushed to; null on a single machine. */
  remote: { name: string, branch: string } | null
}

export function workspaceFromEnv(env: NodeJS.ProcessEnv = process.env): Workspace {
  const root = resolve(env.NUXT_STUDIO_ROOT || process.cwd())
  const remote = env.NUXT_STUDIO_GIT_REMOTE?.trim()
  return {
    root,
    publishLog: join(root, '.data', 'publish.log'),
    publishCommand: env.NUXT_STUDIO_PUBLISH_COMMAND ?? defaultPublishCommand(Boolean(remote)),
    remote: remote ? { name: remote, branch: env.NUXT_STUDIO_GIT_BRANCH?.trim() || 'main' } : null,
  }
}

/** Where earlier versions kept recordings waiting for review, moved into the database at start-up. */
export const legacyUploadsDir = (env: NodeJS.ProcessEnv = process.env) =>
  resolve(env.NUXT_STUDIO_UPLOADS_DIR || join(resolve(env.NUXT_STUDIO_ROOT || process.cwd()), '.data', 'studio-uploads'))

// `nuxt dev` shows content changes at once; a built server is rebuilt and restarted by scripts/publish.mjs,
// unless approvals go to a remote, whose deployment rebuilds every server.
const defaultPublishCommand = (pushed: boolean) => import.meta.dev || pushed ? '' : 'node scripts/publish.mjs'

/** Paths inside the workspace, relative to its root (as git and the diff name them). */
export const workspacePaths = {
  text: (kind: SubmissionKind, locale: string, slug: string) => `content/${kind}s/${locale}/${slug}.md`,
  facts: (kind: SubmissionKind, slug: string) => `content/${kind}s/${slug}.yml`,
  narration: (locale: string, slug: string) => `content/narration/${locale}/${slug}.yml`,
  glossary: (locale: string) => `content/glossary/${locale}.yml`,
  audio: (locale: string, slug: string, extension: string) => `public/narration/${locale}/${slug}.${extension}`,
}

/** A file of the workspace, or null when it does not exist. */
export function readWorkspaceFile(workspace: Workspace, path: string): string | null {
  const file = join(workspace.root, path)
  return existsSync(file) ? readFileSync(file, 'utf8') : null
}

/** The English title of a stop or walk, as lists and e-mails name it; the slug when there is none. */
export function englishTitle(workspace: Workspace, kind: SubmissionKind, slug: string): string {
  const english = readWorkspaceFile(workspace, workspacePaths.text(kind, 'en', slug))
  return (english === null ? undefined : parseTextFile(english, 'en').fields.title) ?? slug
}
