import { LOCALE_CODES } from '../../../i18n/registry'
import type { Glossary } from '../../../shared/schemas/content'
import type { ContentTree } from './contentTree'
import { error, type Problem } from './problem'

/** A text the glossary of its language applies to: a stop, walk or story text, or the UI strings. */
interface Written { file: string, locale: string, raw: string }

/** Each use in `raw` of a spelling the glossary avoids: the spelling, the glossary's term, the line (from 1). */
export function avoidedSpellings(glossary: Glossary, raw: string): { spelling: string, term: string, line: number }[] {
  const lines = raw.split('\n')
  return glossary.terms.flatMap(({ term, avoid = [] }) => avoid.flatMap(spelling =>
    lines.flatMap((text, index) => (text.includes(spelling) ? [{ spelling, term, line: index + 1 }] : []))))
}

/**
 * Every language has a glossary, and no text of that language (content or UI strings) uses a
 * spelling its glossary says to avoid. `glossaries` holds those that passed their schema.
 */
export function checkGlossaries(tree: ContentTree, glossaries: Map<string, Glossary>): Problem[] {
  const problems: Problem[] = LOCALE_CODES.filter(locale => !tree.glossaries.some(file => file.locale === locale))
    .map(locale => error(`content/glossary/${locale}.yml`, 1, `the glossary of ${locale} is missing`))
  const written: Written[] = [...tree.stopTexts, ...tree.walkTexts, ...tree.storyTexts, ...tree.uiStrings]
  for (const [locale, glossary] of glossaries) {
    for (const text of written.filter(text => text.locale === locale)) {
      for (const { spelling, term, line } of avoidedSpellings(glossary, text.raw)) {
        problems.push({ ...error(text.file, line, `"${spelling}" is written "${term}" in ${locale} (content/glossary/${locale}.yml)`), code: 'glossary', subject: spelling })
      }
    }
  }
  return problems
}
