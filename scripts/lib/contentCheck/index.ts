import { type Glossary, glossarySchema, narrationSchema, stopFactsSchema, stopTextSchema, storyTextSchema, walkFactsSchema, walkTextSchema } from '../../../shared/schemas/content'
import { readContentTree } from './contentTree'
import { checkGlossaries } from './glossary'
import { checkMarkdown } from './markdown'
import { checkNarration } from './narration'
import type { Parsed, ParsedContent } from './parsed'
import { checkPhotos } from './photos'
import { checkPositions } from './positions'
import type { Problem } from './problem'
import { checkSlugs } from './slugs'
import { checkStory } from './story'
import { checkTranslations } from './translations'
import { validate } from './validate'

export { formatProblem, type Problem } from './problem'

const parseAll = <Source, Value>(files: Source[], parse: (file: Source) => Value | null): Parsed<Value, Source>[] =>
  files.flatMap((source) => {
    const value = parse(source)
    return value ? [{ source, value }] : []
  })

/** Every problem of the content in `<root>/content` (and its audio in `<root>/public`), sorted by file and line. */
export async function checkContent(root: string): Promise<Problem[]> {
  const tree = readContentTree(root)
  const problems: Problem[] = []
  const parsed: ParsedContent = {
    stopFacts: parseAll(tree.stopFacts, f => validate(f.file, f.yaml, stopFactsSchema, problems)),
    walkFacts: parseAll(tree.walkFacts, f => validate(f.file, f.yaml, walkFactsSchema, problems)),
    stopTexts: parseAll(tree.stopTexts, f => validate(f.file, f.frontMatter, stopTextSchema, problems)),
    walkTexts: parseAll(tree.walkTexts, f => validate(f.file, f.frontMatter, walkTextSchema, problems)),
    narrations: parseAll(tree.narrations, f => validate(f.file, f.yaml, narrationSchema, problems)),
  }
  const site = {
    walks: new Map(parsed.walkFacts.map(w => [w.source.slug, w.value.stops])),
    stops: new Set(tree.stopFacts.map(f => f.slug)),
    publicDir: tree.publicDir,
  }

  for (const story of tree.storyTexts) validate(story.file, story.frontMatter, storyTextSchema, problems)
  const glossaries = new Map<string, Glossary>(tree.glossaries.flatMap((file) => {
    const glossary = validate(file.file, file.yaml, glossarySchema, problems)
    return glossary ? [[file.locale!, glossary]] : []
  }))
  problems.push(
    ...checkSlugs(tree, parsed),
    ...checkPositions(parsed),
    ...checkPhotos(parsed, tree.publicDir),
    ...[...tree.stopTexts, ...tree.walkTexts, ...tree.storyTexts].flatMap(text => checkMarkdown(text, site)),
    ...checkStory(tree.storyTexts),
    ...checkGlossaries(tree, glossaries),
    ...checkTranslations(parsed.stopTexts, tree.stopTexts),
    ...checkTranslations(parsed.walkTexts, tree.walkTexts),
    ...await checkNarration(parsed, tree.publicDir),
  )
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message))
}
