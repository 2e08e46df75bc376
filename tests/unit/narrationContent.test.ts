import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { narrationSchema, stopTextSchema } from '../../shared/schemas/content'
import { CONTENT_DIR, readMarkdownFiles, readYamlFiles } from '../../scripts/lib/contentFiles'
import { narrationHash, narrationSegments } from '../../scripts/lib/narrationText'
import { VOICES } from '../../scripts/lib/synthesise'

const PUBLIC_DIR = join(CONTENT_DIR, '..', 'public')
const texts = readMarkdownFiles('stops')
const narrations = new Map(
  texts.map(text => text.locale).filter((l, i, all) => all.indexOf(l) === i)
    .flatMap(locale => readYamlFiles(join('narration', locale)).map(file => [`${locale}/${file.slug}`, file] as const)),
)

describe('every stop text has a narration that matches it', () => {
  it.each(texts.map(text => [text.file, text]))('%s', (_, text) => {
    const file = narrations.get(`${text.locale}/${text.slug}`)
    expect(file, `content/narration/${text.locale}/${text.slug}.yml`).toBeDefined()
    const narration = narrationSchema.parse(file!.data)
    for (const source of narration.sources) {
      const path = join(PUBLIC_DIR, source.src)
      expect(existsSync(path), source.src).toBe(true)
      expect(statSync(path).size, source.src).toBe(source.bytes)
    }
    expect(narration.cues.at(-1)!).toBeLessThan(narration.durationS)
    if (narration.kind === 'synthesised') {
      const segments = narrationSegments(stopTextSchema.parse(text.frontMatter).title, text.body)
      const setting = VOICES[text.locale as keyof typeof VOICES]
      expect(narration.textHash, 'text changed since the track was made: run npm run narration').toBe(narrationHash(setting, segments))
      expect(narration.cues).toHaveLength(segments.length)
    }
  })
})
