import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent, formatProblem } from '../../scripts/lib/contentCheck'

const ROOT = join(import.meta.dirname, '..', '..')
const BROKEN = join(ROOT, 'tests', 'fixtures', 'content-check', 'broken')

describe('content:check on a tree with every kind of problem', async () => {
  const lines = (await checkContent(BROKEN)).map(formatProblem)

  it.each([
    ['a YAML syntax error', 'content/stops/ru/far-stop.md:2: YAML: Missing closing "quote'],
    ['a missing field', 'content/stops/bad-schema.yml:1: addressZh: Invalid input: expected string, received undefined'],
    ['a missing nested field, on its parent\'s line', 'content/stops/bad-schema.yml:2: position.accuracyM: Invalid input: expected number, received undefined'],
    ['a wrong type', 'content/stops/bad-schema.yml:5: accessCheckOnSite: Invalid input: expected boolean, received string'],
    ['an empty list', 'content/stops/bad-schema.yml:6: sources: Too small: expected array to have >=1 items'],
    ['an unknown field', 'content/stops/bad-schema.yml:7: Unrecognized key: "openingHours"'],
    ['a stop without its practical facts', 'content/stops/bad-schema.yml:1: practical: Invalid input: expected object, received undefined'],
    ['a story page in a language the app does not have', 'content/story/de.md:1: "de" is not a language of the app (en, zh, ko, ru, fr, ar)'],
    ['a story page without a title', 'content/story/fr.md:2: title: Invalid input: expected string, received undefined'],
    ['a language without a story page', 'content/story/zh.md:1: the story page is missing in zh'],
    ['a spelling the glossary avoids, in content', 'content/stops/ko/good-stop.md:11: "쑤저우허" is written "쑤저우강" in ko (content/glossary/ko.yml)'],
    ['a spelling the glossary avoids, in the UI strings', 'i18n/locales/ko.json:2: "위위안루" is written "위위안로" in ko (content/glossary/ko.yml)'],
    ['a glossary that does not match its schema', 'content/glossary/en.yml:1: register: Invalid input: expected string, received undefined'],
    ['a language without a glossary', 'content/glossary/ar.yml:1: the glossary of ar is missing'],
    ['front matter too short', 'content/stops/ko/good-stop.md:3: summary: Too small: expected string to have >=10 characters'],
    ['a translation from an unknown language', 'content/stops/ko/good-stop.md:6: translatedFrom.locale: Invalid option: expected one of "en"|"zh"'],
    ['a translation that does not name its source', 'content/stops/fr/good-stop.md:2: translatedFrom: a translation must say which source version it was made from (npx tsx scripts/source-hash.ts <source file>)'],
    ['a text without a stop', 'content/stops/en/orphan-text.md:1: no stop orphan-text: content/stops/orphan-text.yml does not exist'],
    ['a walk without an English text', 'content/walks/silent-walk.yml:1: walk silent-walk has no text in en (content/walks/en/silent-walk.md)'],
    ['a narration without a text', 'content/narration/ru/orphan-stop.yml:1: narration of a text that does not exist (content/stops/ru/orphan-stop.md or content/walks/ru/orphan-stop.md)'],
    ['a walk naming an unknown stop', 'content/walks/test-walk.yml:4: stops: no stop missing-stop (content/stops/missing-stop.yml)'],
    ['a walk naming a stop twice', 'content/walks/test-walk.yml:5: stops: good-stop is listed twice'],
    ['a route leg from nowhere', 'content/walks/test-walk.yml:11: path: nowhere is neither "start" nor a stop of this walk'],
    ['a stop outside Shanghai', 'content/stops/far-stop.yml:4: position (39.9042, 116.4074) is outside Shanghai'],
    ['a route point outside Shanghai', 'content/walks/test-walk.yml:14: path.good-stop[0] (21.22, 121.42) is outside Shanghai'],
    ['a missing audio file', 'content/narration/en/good-stop.yml:8: audio file public/narration/en/good-stop.mp3 does not exist'],
    ['an audio file of another size', 'content/narration/en/good-stop.yml:7: bytes: 99, but public/narration/en/good-stop.opus has 5106'],
    ['a duration that does not match the audio', 'content/narration/en/good-stop.yml:2: durationS: 5 s, but public/narration/en/good-stop.opus lasts 2.00 s'],
    ['a cue after the end', 'content/narration/en/good-stop.yml:3: cues: the last cue starts after the end (5 s)'],
    ['inline raw HTML', 'content/stops/en/good-stop.md:9: raw HTML is not allowed (<b>); write Markdown'],
    ['a script element', 'content/stops/en/good-stop.md:11: raw HTML is not allowed (<script>alert(1)</script>); write Markdown'],
    ['a javascript: link', 'content/stops/en/good-stop.md:13: link javascript:alert(1) is not allowed: use /path, #anchor, https:, mailto: or tel:'],
    ['a data: link', 'content/stops/en/good-stop.md:13: link data:text/html,x is not allowed: use /path, #anchor, https:, mailto: or tel:'],
    ['an MDC component', 'content/stops/en/good-stop.md:15: component syntax is not allowed (alert)'],
    ['MDC attributes', 'content/stops/en/good-stop.md:19: attributes in {…} are not allowed'],
    ['a link to a walk that does not exist', 'content/stops/en/good-stop.md:23: link /walks/no-walk does not resolve: there is no walk no-walk'],
    ['a link to a stop not on the walk', 'content/stops/en/good-stop.md:23: link /walks/test-walk/far-stop does not resolve: stop far-stop is not on walk test-walk'],
    ['a short link to a stop that does not exist', 'content/stops/en/good-stop.md:23: link /s/no-stop does not resolve: there is no stop no-stop'],
    ['a link to no page', 'content/stops/en/good-stop.md:23: link /nothing/here does not resolve: no such page or file'],
    ['a reference link that does not resolve', 'content/stops/en/good-stop.md:31: link /walks/missing-walk does not resolve: there is no walk missing-walk'],
    ['an image without alt text', 'content/stops/en/good-stop.md:25: image /narration/en/far-stop.opus has no alt text'],
    ['an image from an outside host', 'content/stops/en/good-stop.md:27: image https://example.org/photo.jpg must be a file in public/ (readers\' browsers may reach no outside host)'],
    ['more questions than a stop may ask', 'content/stops/en/bad-schema.md:6: questions: At most 3 questions, one per line, each 10 to 200 characters'],
    ['a translation asking fewer questions than its source', 'content/stops/ru/good-stop.md:6: questions: content/stops/en/good-stop.md asks 2 question(s), this translation 1'],
    ['a missing photo file', 'content/stops/good-stop.yml:8: photo file public/photos/good-stop/aaaaaaaaaaaa-480.avif is missing'],
    ['a photo of another size than the download announces', 'content/stops/good-stop.yml:8: photo.offlineBytes is 5, but the file has 80 bytes'],
    ['a photo file no stop names, as a warning', 'public/photos/good-stop/bbbbbbbbbbbb-480.webp:1: warning: no stop names this photo file: remove it'],
    ['a stale translation, as a warning', 'content/stops/ru/good-stop.md:9: warning: needs update: content/stops/en/good-stop.md changed since this translation (made from 000000000000, now babd91a2ccb7)'],
  ])('reports %s', (_, line) => {
    expect(lines).toContain(line)
  })

  it('reports nothing else: good links, a matching narration and valid files pass', () => {
    expect(lines).toHaveLength(55)
    expect(lines.filter(line => /walks\/en\/test-walk\.md|stops\/en\/far-stop\.md|narration\/en\/far-stop\.yml/.test(line))).toEqual([])
  })
})

describe('npm run content:check', () => {
  it('fails on the broken tree, printing file:line: message and its run time', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/content-check.ts', BROKEN], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('content/walks/test-walk.yml:5: stops: good-stop is listed twice\n')
    expect(run.stdout).toMatch(/content check: 53 error\(s\), 2 warning\(s\) in \d+\.\d\d s\n$/)
  })

  it('passes on the real content (translations out of date are only warnings)', async () => {
    expect((await checkContent(ROOT)).filter(p => p.level === 'error').map(formatProblem)).toEqual([])
  })
})
