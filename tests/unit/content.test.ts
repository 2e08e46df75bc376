import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../i18n/registry'
import { SLUG_PATTERN, stopFactsSchema, stopTextSchema, walkFactsSchema, walkTextSchema } from '../../shared/schemas/content'
import { countWords, readMarkdownFiles, readYamlFiles } from '../../scripts/lib/contentFiles'

const stopFacts = readYamlFiles('stops')
const stopTexts = readMarkdownFiles('stops')
const walkFacts = readYamlFiles('walks')
const walkTexts = readMarkdownFiles('walks')

// Greater Shanghai, generously: anything outside is a typo or an unconverted coordinate.
const SHANGHAI = { south: 30.6, north: 31.9, west: 120.8, east: 122.2 }

describe('content files match their schemas', () => {
  it.each(stopFacts.map(f => [f.file, f]))('%s', (_, f) => {
    expect(() => stopFactsSchema.parse(f.data)).not.toThrow()
  })
  it.each(stopTexts.map(f => [f.file, f]))('%s', (_, f) => {
    expect(() => stopTextSchema.parse(f.frontMatter)).not.toThrow()
  })
  it.each(walkFacts.map(f => [f.file, f]))('%s', (_, f) => {
    expect(() => walkFactsSchema.parse(f.data)).not.toThrow()
  })
  it.each(walkTexts.map(f => [f.file, f]))('%s', (_, f) => {
    expect(() => walkTextSchema.parse(f.frontMatter)).not.toThrow()
  })
})

describe('content is consistent', () => {
  const stopSlugs = new Set(stopFacts.map(f => f.slug))

  it('has at least 8 stops, each with well-formed slug, in English and Chinese', () => {
    expect(stopSlugs.size).toBeGreaterThanOrEqual(8)
    for (const slug of stopSlugs) {
      expect(slug).toMatch(SLUG_PATTERN)
      for (const locale of ['en', 'zh']) {
        expect(stopTexts.some(t => t.slug === slug && t.locale === locale), `${locale}/${slug}.md`).toBe(true)
      }
    }
  })

  it('has a text only for stops and walks that exist, in known locales', () => {
    for (const text of stopTexts) expect(stopSlugs.has(text.slug), text.file).toBe(true)
    const walkSlugs = new Set(walkFacts.map(f => f.slug))
    for (const text of walkTexts) expect(walkSlugs.has(text.slug), text.file).toBe(true)
    for (const text of [...stopTexts, ...walkTexts]) expect(LOCALE_CODES, text.file).toContain(text.locale)
  })

  it('names only existing stops in each walk, each at most once', () => {
    for (const walk of walkFacts) {
      const { stops } = walkFactsSchema.parse(walk.data)
      expect(new Set(stops).size, walk.file).toBe(stops.length)
      for (const slug of stops) expect(stopSlugs.has(slug), `${walk.file} → ${slug}`).toBe(true)
    }
  })

  it('places every stop and station inside Shanghai', () => {
    const positions = [
      ...stopFacts.map(f => [f.file, stopFactsSchema.parse(f.data).position] as const),
      ...walkFacts.flatMap((f) => {
        const walk = walkFactsSchema.parse(f.data)
        return [[`${f.file} start`, walk.start.position], [`${f.file} end`, walk.end.position]] as const
      }),
    ]
    for (const [where, { lat, lng }] of positions) {
      expect(lat, where).toBeGreaterThan(SHANGHAI.south)
      expect(lat, where).toBeLessThan(SHANGHAI.north)
      expect(lng, where).toBeGreaterThan(SHANGHAI.west)
      expect(lng, where).toBeLessThan(SHANGHAI.east)
    }
  })

  // 250–450 English words; other languages need more or fewer words (Chinese: characters) for the same text.
  const WORD_RANGE: Record<string, [number, number]> = {
    en: [250, 450], zh: [450, 750], ko: [150, 400], ru: [200, 450], fr: [250, 520], ar: [180, 450],
  }

  it('keeps stop texts at the length of 250–450 English words', () => {
    for (const text of stopTexts) {
      const [min, max] = WORD_RANGE[text.locale]!
      const words = countWords(text.body, text.locale)
      expect(words, text.file).toBeGreaterThanOrEqual(min)
      expect(words, text.file).toBeLessThanOrEqual(max)
    }
  })

  it('writes bodies as Markdown without raw HTML or a second title', () => {
    for (const text of [...stopTexts, ...walkTexts]) {
      expect(text.body, text.file).not.toMatch(/<\/?[a-z][\s\S]*?>/i)
      expect(text.body, text.file).not.toMatch(/^# /m)
    }
  })
})
