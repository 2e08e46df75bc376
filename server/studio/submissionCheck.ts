import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { avoidedSpellings } from '../../scripts/lib/contentCheck/glossary'
import { checkMarkdown } from '../../scripts/lib/contentCheck/markdown'
import { insideShanghai } from '../../scripts/lib/contentCheck/positions'
import type { Site } from '../../scripts/lib/contentCheck/site'
import { hasMarkup, publishedFieldsSchema, TEXT_FIELDS } from '../../shared/schemas/submission'
import type { SubmissionIssue } from '../../shared/types/submission'
import { fieldIssue } from '../../shared/utils/fieldIssue'
import { isUnchanged } from './fileChanges'
import { planTextFiles } from './plannedFiles'
import type { SubmissionRow } from './submissionStore'
import { workspacePaths, type Workspace } from './workspace'
import { readWorkspaceContent } from './workspaceContent'
import { readWorkspaceGlossary } from './workspaceGlossary'
import { checkPractical } from './practicalCheck'
import { newStopIssues } from './newStopFiles'
import { newWalkIssues } from './newWalkFiles'

const FRONT_MATTER_IN_BODY = /^\s*---[ \t]*\r?\n(?:[^\n]*\r?\n)*?[ \t]*[A-Za-z][\w-]*[ \t]*:[^\n]*\r?\n(?:[^\n]*\r?\n)*?---[ \t]*(?:\r?\n|$)/

/** What internal links in a text may point to, read from the workspace as it is now. */
export function workspaceSite(workspace: Workspace): Site {
  const content = readWorkspaceContent(workspace)
  const walks = new Map([...content.walkFacts].map(([slug, facts]) => [slug, facts.stops]))
  return { walks, stops: new Set(content.stopFacts.keys()), publicDir: join(workspace.root, 'public') }
}

/**
 * Everything that would stop a submission from being published, each with the field at fault: the
 * published schema, no markup, Markdown that content:check accepts, and a position inside Shanghai (a
 * recording was checked when it was uploaded). Run on submit and again on approval, so nothing unchecked reaches the content folder.
 */
export function checkSubmission(workspace: Workspace, row: Pick<SubmissionRow, 'kind' | 'slug' | 'locale' | 'fields' | 'body' | 'position' | 'audioFile'> & Partial<Pick<SubmissionRow, 'practical' | 'photo' | 'newStop' | 'newWalk'>>, site = workspaceSite(workspace)): SubmissionIssue[] {
  const issues: SubmissionIssue[] = []
  if (row.kind === 'stop' && row.newStop) issues.push(...newStopIssues(workspace, row.newStop, row.position))
  else if (row.kind === 'walk' && row.newWalk) issues.push(...newWalkIssues(workspace, row.newWalk))
  else if (!existsSync(join(workspace.root, workspacePaths.facts(row.kind, row.slug)))) return [{ field: 'slug', code: 'unknownText' }]

  const known = new Set<string>(TEXT_FIELDS[row.kind])
  const fields = Object.fromEntries(Object.entries(row.fields).filter(([key, value]) => known.has(key) || value !== ''))
  const parsed = publishedFieldsSchema[row.kind].safeParse(fields)
  if (!parsed.success) issues.push(...parsed.error.issues.map(fieldIssue))
  for (const [key, value] of Object.entries(fields)) {
    if (hasMarkup(value)) issues.push({ field: `fields.${key}`, code: 'markup' })
  }

  if (!row.body.trim()) issues.push({ field: 'body', code: 'required' })
  // A front-matter block pasted into the text would be published as text (or, first in the file, as a second block).
  if (FRONT_MATTER_IN_BODY.test(row.body)) issues.push({ field: 'body', code: 'frontMatterInBody', line: 1 })
  const text = { file: 'body', slug: row.slug, locale: row.locale, raw: row.body, frontMatter: null, body: row.body, bodyLine: 1 }
  for (const problem of checkMarkdown(text, site)) issues.push({ field: 'body', code: problem.code ?? 'markdown', subject: problem.subject, line: problem.line })

  // The language's glossary: a spelling it avoids, in a field or the body, is named with the one to use.
  const glossary = readWorkspaceGlossary(workspace, row.locale)
  if (glossary) {
    for (const [key, value] of Object.entries(fields)) {
      for (const use of avoidedSpellings(glossary, value)) issues.push({ field: `fields.${key}`, code: 'glossary', subject: `${use.spelling} → ${use.term}` })
    }
    for (const use of avoidedSpellings(glossary, row.body)) issues.push({ field: 'body', code: 'glossary', subject: `${use.spelling} → ${use.term}`, line: use.line })
  }

  if (row.position && row.kind === 'stop' && !row.newStop && !insideShanghai(row.position)) issues.push({ field: 'position', code: 'outsideShanghai' })
  if (row.practical && row.kind === 'stop') issues.push(...checkPractical(workspace, row.slug, row.practical))
  if (!issues.length && !row.audioFile && !row.photo && planTextFiles(workspace, row).every(isUnchanged)) issues.push({ field: 'body', code: 'noChanges' })
  return issues
}
