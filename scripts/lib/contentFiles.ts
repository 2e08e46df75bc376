import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parse as parseYaml } from 'yaml'

/** Reads the content folder as files on disk, for checks that run without Nuxt. */

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content')

export interface MarkdownFile {
  file: string
  slug: string
  locale: string
  frontMatter: unknown
  body: string
}

export interface YamlFile {
  file: string
  slug: string
  data: unknown
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/

export function readYamlFiles(folder: string): YamlFile[] {
  const dir = join(CONTENT_DIR, folder)
  return readdirSync(dir)
    .filter(name => name.endsWith('.yml'))
    .map(name => ({ file: join(folder, name), slug: basename(name, '.yml'), data: parseYaml(readFileSync(join(dir, name), 'utf8')) }))
}

export function readMarkdownFiles(folder: string): MarkdownFile[] {
  const dir = join(CONTENT_DIR, folder)
  return readdirSync(dir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap(locale => readdirSync(join(dir, locale.name))
      .filter(name => name.endsWith('.md'))
      .map((name) => {
        const text = readFileSync(join(dir, locale.name, name), 'utf8')
        const match = FRONT_MATTER.exec(text)
        return {
          file: join(folder, locale.name, name),
          slug: basename(name, '.md'),
          locale: locale.name,
          frontMatter: match ? parseYaml(match[1]!) : null,
          body: match ? match[2]! : text,
        }
      }))
}

/** Words of an alphabetic text; for Chinese, the count of Han characters. */
export function countWords(text: string, locale: string): number {
  if (locale === 'zh') return text.match(/\p{Script=Han}/gu)?.length ?? 0
  return text.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length
}
