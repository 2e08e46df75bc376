import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Workspace } from '../../server/studio/workspace'

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * A git checkout of the project's content, for studio tests to publish into: `content/` and the
 * narration of the given languages, committed once by a maintainer. The real checkout is never touched.
 */
export function makeStudioWorkspace(options: { narrationLocales?: string[], publishCommand?: string } = {}): Workspace & { dispose: () => void, git: (...args: string[]) => string } {
  const root = mkdtempSync(join(tmpdir(), 'citywalk-studio-'))
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true })
  for (const locale of options.narrationLocales ?? []) {
    cpSync(join(ROOT, 'public', 'narration', locale), join(root, 'public', 'narration', locale), { recursive: true })
  }
  // As in the project: recordings waiting for review are never committed.
  writeFileSync(join(root, '.gitignore'), '.data/\n')
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim()
  git('init', '--quiet', '--initial-branch=main')
  git('config', 'user.name', 'Maintainer')
  git('config', 'user.email', 'maintainer@example.org')
  git('add', '--all')
  git('commit', '--quiet', '-m', 'Content as published')
  return {
    root,
    publishLog: join(root, '.data', 'publish.log'),
    publishCommand: options.publishCommand ?? '',
    remote: null,
    git,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  }
}
