import { isOriginalLocale, questionLines } from '../../../shared/schemas/content'
import { sourceHash } from '../sourceHash'
import type { TextFile } from './contentTree'
import type { Parsed } from './parsed'
import { error, warning, type Problem } from './problem'

interface Translatable { translatedFrom?: { locale: string, hash: string }, questions?: string }

/**
 * Each translation names a source that exists. One made from an older version of its source is a
 * warning, not an error: it is still worth reading, and the studio lists it as "needs update".
 * `texts` and `all` are of one kind (stops or walks).
 */
export function checkTranslations(texts: Parsed<Translatable, TextFile>[], all: TextFile[]): Problem[] {
  const problems: Problem[] = []
  for (const { source, value } of texts) {
    const from = value.translatedFrom
    const yaml = source.frontMatter!
    if (!from) {
      if (!isOriginalLocale(source.locale)) problems.push(error(source.file, yaml.lineOf([]), `translatedFrom: a translation must say which source version it was made from (npx tsx scripts/source-hash.ts <source file>)`))
      continue
    }
    const original = all.find(t => t.slug === source.slug && t.locale === from.locale)
    if (!original) {
      problems.push(error(source.file, yaml.lineOf(['translatedFrom', 'locale']), `translatedFrom: there is no ${from.locale} text of ${source.slug} to translate from`))
      continue
    }
    // Questions are asked in every language or in none, and as many as the source asks.
    const asked = questionLines(texts.find(t => t.source === original)?.value.questions ?? '').length
    const answered = questionLines(value.questions ?? '').length
    if (asked !== answered) {
      problems.push(error(source.file, yaml.lineOf(value.questions === undefined ? [] : ['questions']), `questions: ${original.file} asks ${asked} question(s), this translation ${answered}`))
    }
    const current = sourceHash(original.raw)
    if (current !== from.hash) {
      problems.push(warning(source.file, yaml.lineOf(['translatedFrom', 'hash']), `needs update: ${original.file} changed since this translation (made from ${from.hash}, now ${current})`))
    }
  }
  return problems
}
