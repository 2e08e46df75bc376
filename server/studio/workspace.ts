import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SubmissionKind } from '../../shared/types/submission'
import { parseTextFile } from './textFile'

/**
 * The studio works on the project's files, the single source of truth: `content/` and `public/` in
 * a git checkout (NUXT_STUDIO_ROOT, by default the folder the server was started from). Readers see
 * a change once the publish command has rebuilt the site; the studio sees it as soon as it is committed.
 */
export interface Workspace {
  root: string
  /** Where recordings wait for review, outside the published folders. */
  uploadsDir: string
  /** Run after each approval's commit; empty for none. */
  publishCommand: string
}

export function workspaceFromEnv(env: NodeJS.ProcessEnv = process.env): Workspace {
  const root = resolve(env.NUXT_STUDIO_ROOT || process.cwd())
  return {
    root,
    uploadsDir: resolve(env.NUXT_STUDIO_UPLOADS_DIR || join(root, '.data', 'studio-uploads')),
    publishCommand: env.NUXT_STUDIO_PUBLISH_COMMAND ?? defaultPublishCommand(),
  }
}

// `nuxt dev` shows content changes at once; a built server is rebuilt and restarted by scripts/publish.mjs.
const defaultPublishCommand = () => import.meta.dev ? '' : 'node scripts/publish.mjs'

/** Paths inside the workspace, relative to its root (as git and the diff name them). */
export const workspacePaths = {
  text: (kind: SubmissionKind, locale: string, slug: string) => `content/${kind}s/${locale}/${slug}.md`,
  facts: (kind: SubmissionKind, slug: string) => `content/${kind}s/${slug}.yml`,
  narration: (locale: string, slug: string) => `content/narration/${locale}/${slug}.yml`,
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
