import { CONTENT_FALLBACK_LOCALE, isLocaleCode } from '../../../i18n/registry'
import { SLUG_PATTERN } from '../../../shared/schemas/content'
import type { ContentTree, DataFile, TextFile } from './contentTree'
import type { ParsedContent } from './parsed'
import { error, type Problem } from './problem'

/** Facts and texts agree on slugs in every language; walks name existing stops, each once. */
export function checkSlugs(tree: ContentTree, parsed: ParsedContent): Problem[] {
  const problems: Problem[] = []
  const allFiles: (DataFile | TextFile)[] = [...tree.stopFacts, ...tree.walkFacts, ...tree.stopTexts, ...tree.walkTexts, ...tree.narrations]
  for (const f of allFiles) {
    if (!SLUG_PATTERN.test(f.slug)) problems.push(error(f.file, 1, `file name ${f.slug} is not a slug (lower-case words joined by -)`))
    if (f.locale !== undefined && !isLocaleCode(f.locale)) problems.push(error(f.file, 1, `${f.locale} is not a language of the site`))
  }

  const pairUp = (kind: 'stop' | 'walk', facts: DataFile[], texts: TextFile[]) => {
    const slugs = new Set(facts.map(f => f.slug))
    for (const text of texts) {
      if (!slugs.has(text.slug)) problems.push(error(text.file, 1, `no ${kind} ${text.slug}: content/${kind}s/${text.slug}.yml does not exist`))
    }
    for (const f of facts) {
      if (!texts.some(t => t.slug === f.slug && t.locale === CONTENT_FALLBACK_LOCALE)) {
        problems.push(error(f.file, 1, `${kind} ${f.slug} has no text in ${CONTENT_FALLBACK_LOCALE} (content/${kind}s/${CONTENT_FALLBACK_LOCALE}/${f.slug}.md)`))
      }
    }
  }
  pairUp('stop', tree.stopFacts, tree.stopTexts)
  pairUp('walk', tree.walkFacts, tree.walkTexts)

  // A narration is a stop's, or a walk's introduction: its slug names a stop or walk text in its language.
  for (const n of tree.narrations) {
    if (![...tree.stopTexts, ...tree.walkTexts].some(t => t.slug === n.slug && t.locale === n.locale)) {
      problems.push(error(n.file, 1, `narration of a text that does not exist (content/stops/${n.locale}/${n.slug}.md or content/walks/${n.locale}/${n.slug}.md)`))
    }
  }
  const walkSlugs = new Set(tree.walkFacts.map(f => f.slug))
  for (const stop of tree.stopFacts) {
    if (walkSlugs.has(stop.slug)) problems.push(error(stop.file, 1, `a walk has the same slug (${stop.slug}): their narrations would share one file`))
  }

  const stopSlugs = new Set(tree.stopFacts.map(f => f.slug))
  for (const { source, value } of parsed.walkFacts) {
    value.stops.forEach((slug, i) => {
      const line = source.yaml.lineOf(['stops', i])
      if (!stopSlugs.has(slug)) problems.push(error(source.file, line, `stops: no stop ${slug} (content/stops/${slug}.yml)`))
      if (value.stops.indexOf(slug) !== i) problems.push(error(source.file, line, `stops: ${slug} is listed twice`))
    })
    for (const key of Object.keys(value.path ?? {})) {
      if (key !== 'start' && !value.stops.includes(key)) {
        problems.push(error(source.file, source.yaml.lineOf(['path', key]), `path: ${key} is neither "start" nor a stop of this walk`))
      }
    }
  }
  return problems
}
