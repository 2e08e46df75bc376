import { parse as parseYaml } from 'yaml'
import { sourceHash } from '../../scripts/lib/sourceHash'
import { isOriginalLocale, narrationSchema, positionSchema, stopFactsSchema, translatedFromSchema } from '../../shared/schemas/content'
import type { EditorTarget } from '../../shared/schemas/submission'
import type { EditorSnapshot, SubmissionView } from '../../shared/types/submission'
import { sourceLocaleOf } from './plannedFiles'
import { parseTextFile, readFrontMatter } from './textFile'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'
import { readWorkspaceGlossary } from './workspaceGlossary'
import { newStopFacts } from './newStopFiles'
import type { NewStop } from '../../shared/schemas/newStop'
import type { NewWalk } from '../../shared/schemas/newWalk'
import { newWalkFacts } from './newWalkFiles'

/** The version of the published file a draft starts from, or null for a new translation. */
export function publishedHash(workspace: Workspace, target: EditorTarget): string | null {
  const published = readWorkspaceFile(workspace, workspacePaths.text(target.kind, target.locale, target.slug))
  return published === null ? null : sourceHash(published)
}

/** The source version a translation names (its `translatedFrom`), or null for an original or a missing text. */
export function staleSince(workspace: Workspace, target: EditorTarget): { locale: 'en' | 'zh', hash: string } | null {
  const published = readWorkspaceFile(workspace, workspacePaths.text(target.kind, target.locale, target.slug))
  return published === null ? null : translatedFromSchema.safeParse(readFrontMatter(published).translatedFrom).data ?? null
}

/**
 * One stop or walk in one language as the editor opens it: the source to translate from (English;
 * Chinese when editing English), the published text, whether it is up to date, and the stop's position
 * and narration. Null when there is no such stop or walk.
 */
export function editorSnapshot(workspace: Workspace, target: EditorTarget, draft: SubmissionView | null, proposed: { stop?: NewStop | null, walk?: NewWalk | null } = {}): EditorSnapshot | null {
  // A stop proposed in the studio has its facts in the proposal until it is published.
  const publishedFacts = readWorkspaceFile(workspace, workspacePaths.facts(target.kind, target.slug))
  const facts = publishedFacts
    ?? (proposed.stop && target.kind === 'stop' ? newStopFacts(proposed.stop, null) : null)
    ?? (proposed.walk && target.kind === 'walk' ? newWalkFacts(proposed.walk, 0) : null)
  if (facts === null) return null
  const textOf = (locale: string) => readWorkspaceFile(workspace, workspacePaths.text(target.kind, locale, target.slug))
  const publishedText = textOf(target.locale)
  const sourceLocale = sourceLocaleOf(publishedText, target.locale) ?? (target.locale === 'en' ? 'zh' : 'en')
  const source = textOf(sourceLocale)

  let state: EditorSnapshot['state'] = 'missing'
  if (publishedText !== null && isOriginalLocale(target.locale)) state = 'original'
  else if (publishedText !== null) {
    const from = translatedFromSchema.safeParse(readFrontMatter(publishedText).translatedFrom).data
    state = from && source !== null && sourceHash(source) === from.hash ? 'current' : 'stale'
  }

  const narrationYaml = target.kind === 'stop' ? readWorkspaceFile(workspace, workspacePaths.narration(target.locale, target.slug)) : null
  const narration = narrationYaml ? narrationSchema.safeParse(parseYaml(narrationYaml)).data : undefined
  const position = target.kind === 'stop' ? positionSchema.safeParse((parseYaml(facts) as { position?: unknown })?.position).data : undefined
  const stopFacts = target.kind === 'stop' ? stopFactsSchema.safeParse(parseYaml(facts)).data : undefined

  return {
    ...target,
    source: source === null || sourceLocale === target.locale ? null : parseTextFile(source, sourceLocale),
    published: publishedText === null ? null : parseTextFile(publishedText, target.locale),
    state,
    sourceChanges: null,
    position: position ?? null,
    practical: stopFacts && publishedFacts !== null ? { facts: stopFacts.practical, sources: stopFacts.sources } : null,
    narration: narration ? { kind: narration.kind, src: narration.sources[0]!.src, type: narration.sources[0]!.type } : null,
    glossary: readWorkspaceGlossary(workspace, target.locale),
    draft,
  }
}
