import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { parseYamlSource, type YamlSource } from './yamlSource'

/** A YAML file of facts: `stops/<slug>.yml`, `walks/<slug>.yml` or `narration/<locale>/<slug>.yml`. */
export interface DataFile {
  /** Path shown in messages, relative to the project root. */
  file: string
  slug: string
  locale?: string
  yaml: YamlSource
}

/** A Markdown text in one language: `stops/<locale>/<slug>.md` or `walks/<locale>/<slug>.md`. */
export interface TextFile {
  file: string
  slug: string
  locale: string
  /** The whole file, as `sourceHash` reads it. */
  raw: string
  /** Null when the file has no front matter. */
  frontMatter: YamlSource | null
  body: string
  /** File line on which the body starts. */
  bodyLine: number
}

export interface ContentTree {
  root: string
  publicDir: string
  stopFacts: DataFile[]
  walkFacts: DataFile[]
  stopTexts: TextFile[]
  walkTexts: TextFile[]
  /** "How this walk began": `content/story/<locale>.md`. */
  storyTexts: TextFile[]
  /** `content/glossary/<locale>.yml`, with `locale` set from the name. */
  glossaries: DataFile[]
  /** The UI strings of each language, `i18n/locales/<locale>.json`, when the tree has them. */
  uiStrings: { file: string, locale: string, raw: string }[]
  narrations: DataFile[]
}

/** A Markdown file's front matter between `---` lines: the YAML is group 1. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/

const namesIn = (dir: string, ending: string) =>
  existsSync(dir) ? readdirSync(dir).filter(name => name.endsWith(ending)).sort() : []
const foldersIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort() : []

export function parseTextFile(file: string, raw: string, locale: string): TextFile {
  const match = FRONT_MATTER.exec(raw)
  const slug = basename(file, '.md')
  if (!match) return { file, slug, locale, raw, frontMatter: null, body: raw, bodyLine: 1 }
  return {
    file, slug, locale, raw,
    frontMatter: parseYamlSource(match[1]!, 2),
    body: raw.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  }
}

/** Reads `<root>/content` and notes where `<root>/public` is; messages name files relative to `root`. */
export function readContentTree(root: string): ContentTree {
  const contentDir = join(root, 'content')
  const shown = (path: string) => relative(root, path)
  const readData = (dir: string, locale?: string): DataFile[] => namesIn(dir, '.yml').map(name => ({
    file: shown(join(dir, name)), slug: basename(name, '.yml'), locale, yaml: parseYamlSource(readFileSync(join(dir, name), 'utf8')),
  }))
  const readTexts = (dir: string): TextFile[] => foldersIn(dir).flatMap(locale => namesIn(join(dir, locale), '.md')
    .map(name => parseTextFile(shown(join(dir, locale, name)), readFileSync(join(dir, locale, name), 'utf8'), locale)))
  const narrationDir = join(contentDir, 'narration')

  return {
    root,
    publicDir: join(root, 'public'),
    stopFacts: readData(join(contentDir, 'stops')),
    walkFacts: readData(join(contentDir, 'walks')),
    stopTexts: readTexts(join(contentDir, 'stops')),
    walkTexts: readTexts(join(contentDir, 'walks')),
    storyTexts: namesIn(join(contentDir, 'story'), '.md').map(name =>
      parseTextFile(shown(join(contentDir, 'story', name)), readFileSync(join(contentDir, 'story', name), 'utf8'), basename(name, '.md'))),
    glossaries: readData(join(contentDir, 'glossary')).map(file => ({ ...file, locale: file.slug })),
    uiStrings: namesIn(join(root, 'i18n', 'locales'), '.json').map(name => ({
      file: shown(join(root, 'i18n', 'locales', name)), locale: basename(name, '.json'), raw: readFileSync(join(root, 'i18n', 'locales', name), 'utf8'),
    })),
    narrations: foldersIn(narrationDir).flatMap(locale => readData(join(narrationDir, locale), locale)),
  }
}
