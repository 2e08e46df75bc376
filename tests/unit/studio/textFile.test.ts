import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { composeTextFile, parseTextFile, readFrontMatter, withPosition } from '../../../server/studio/textFile'

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content')
const textFiles = ['stops', 'walks'].flatMap(kind => readdirSync(join(CONTENT, kind), { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .flatMap(locale => readdirSync(join(CONTENT, kind, locale.name)).map(name => join(CONTENT, kind, locale.name, name))))

describe('composing a text file from the studio form', () => {
  it('gives back every published file byte for byte when nothing was changed', () => {
    expect(textFiles.length).toBeGreaterThan(50)
    for (const file of textFiles) {
      const raw = readFileSync(file, 'utf8')
      const { fields, body, locale } = parseTextFile(raw, 'xx')
      const from = readFrontMatter(raw).translatedFrom as { locale: string, hash: string } | undefined
      expect(composeTextFile(raw, fields, from ?? null, body), file).toBe(raw)
      expect(locale).toBe('xx')
    }
  })

  it('changes only the edited field and the recorded source version', () => {
    const raw = readFileSync(join(CONTENT, 'stops', 'ru', 'qian-xuesen-residence.md'), 'utf8')
    const { fields, body } = parseTextFile(raw, 'ru')
    const composed = composeTextFile(raw, { ...fields, title: 'Дом Цянь Сюэсэня' }, { locale: 'en', hash: 'abcdefabcdef' }, `${body}\nНовый абзац.`)
    const before = raw.split('\n')
    const after = composed.split('\n')
    const changed = after.filter(line => !before.includes(line))
    expect(changed).toEqual(['title: "Дом Цянь Сюэсэня"', '  hash: "abcdefabcdef"', 'Новый абзац.'])
  })

  it('writes a new translation with its front matter and no stray whitespace', () => {
    const composed = composeTextFile(null, { title: 'Titre', summary: 'Un résumé assez long.' }, { locale: 'en', hash: '0123456789ab' }, '\r\nCorps du texte.\r\n\r\n')
    expect(composed).toBe('---\ntitle: Titre\nsummary: Un résumé assez long.\ntranslatedFrom:\n  locale: en\n  hash: 0123456789ab\n---\n\nCorps du texte.\n')
  })

  it('writes questions one per line, and leaves the field out when the form leaves it empty', () => {
    const raw = readFileSync(join(CONTENT, 'stops', 'fr', 'yu-lane-garden.md'), 'utf8')
    const { fields, body } = parseTextFile(raw, 'fr')
    const from = readFrontMatter(raw).translatedFrom as { locale: string, hash: string }
    const asked = composeTextFile(raw, { ...fields, questions: 'Première question à se poser ?\nDeuxième question à se poser ?' }, from, body)
    expect(readFrontMatter(asked).questions).toBe('Première question à se poser ?\nDeuxième question à se poser ?')
    const none = composeTextFile(raw, { ...fields, questions: '' }, from, body)
    expect(readFrontMatter(raw)).toHaveProperty('questions')
    expect(readFrontMatter(none)).not.toHaveProperty('questions')
    expect(parseTextFile(none, 'fr').body).toBe(body)
  })

  it('replaces a stop position in place, keeping the flow style and the other lines', () => {
    const facts = readFileSync(join(CONTENT, 'stops', 'qian-xuesen-residence.yml'), 'utf8')
    const moved = withPosition(facts, { lat: 31.22335, lng: 121.42512, accuracyM: 8 })
    expect(moved).toContain('position: { lat: 31.22335, lng: 121.42512, accuracyM: 8 }')
    expect(moved.split('\n').filter(line => !facts.split('\n').includes(line))).toHaveLength(1)
    expect((parseYaml(moved) as { sources: unknown[] }).sources).toEqual((parseYaml(facts) as { sources: unknown[] }).sources)
  })
})
