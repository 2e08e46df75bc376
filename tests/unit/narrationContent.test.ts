import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { narrationSchema } from '../../shared/schemas/content'
import { CONTENT_DIR, countWords, readMarkdownFiles, readYamlFiles } from '../../scripts/lib/contentFiles'
import { SPEECH_VOICES } from '../../scripts/lib/pronunciation'
import { LOUDNESS, measureLoudness } from '../../scripts/lib/loudness'
import { speechHash } from '../../scripts/lib/narrationText'
import { trackSpeech } from '../../scripts/lib/trackSpeech'

const PUBLIC_DIR = join(CONTENT_DIR, '..', 'public')
const texts = [...readMarkdownFiles('stops'), ...readMarkdownFiles('walks')]
const narrations = new Map(
  texts.map(text => text.locale).filter((l, i, all) => all.indexOf(l) === i)
    .flatMap(locale => readYamlFiles(join('narration', locale)).map(file => [`${locale}/${file.slug}`, file] as const)),
)

describe('every stop text has a narration, and every walk text an introduction, that matches it', () => {
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
      const speech = trackSpeech(text)
      expect(narration.textHash, 'text or lexicon changed since the track was made: run npm run narration').toBe(speechHash(speech))
      expect(narration.cues).toHaveLength(speech.length)
    }
  })
})

/** Words a minute of each paragraph of a synthesised track (characters for Chinese), from its cues. */
function paragraphPaces(text: (typeof texts)[number]) {
  const narration = narrationSchema.parse(narrations.get(`${text.locale}/${text.slug}`)!.data)
  if (narration.kind !== 'synthesised') return []
  const ends = [...narration.cues.slice(1), narration.durationS]
  return trackSpeech(text).flatMap((runs, index) => {
    const words = countWords(runs.map(run => run.text).join(' '), text.locale)
    // The paragraph's own time, less the pause after it; a title of a few words is too short to judge.
    const seconds = ends[index]! - narration.cues[index]! - 0.9
    return words < 12 ? [] : [{ where: `${text.file} paragraph ${index}`, rate: words / (seconds / 60) }]
  })
}

describe('every synthesised track speaks at one even pace in its language, paragraph by paragraph', () => {
  // Words are counted by spaces, so a language's own pace differs (Korean and Arabic words are long);
  // a paragraph far from its language's usual pace means its cue, and so the transcript, is off.
  it.each(Object.keys(SPEECH_VOICES))('%s', (locale) => {
    const paces = texts.filter(text => text.locale === locale).flatMap(paragraphPaces)
    const median = paces.map(p => p.rate).sort((a, b) => a - b)[Math.floor(paces.length / 2)]!
    console.log(`narration pace ${locale}: median ${median.toFixed(0)} a minute over ${paces.length} paragraphs (voice set to ${SPEECH_VOICES[locale as keyof typeof SPEECH_VOICES].wpm})`)
    expect(paces.filter(p => p.rate < median * 0.6 || p.rate > median * 1.5).map(p => `${p.where}: ${p.rate.toFixed(0)}`)).toEqual([])
  })
})

describe('every narration track is at the one speech loudness (EBU R128)', () => {
  const tracks = [...narrations.values()].flatMap(file => narrationSchema.parse(file.data).sources.filter(s => s.type.includes('opus')).map(s => s.src))
  const measured: { src: string, integrated: number, truePeak: number }[] = []
  afterAll(() => {
    const values = measured.map(m => m.integrated)
    console.log(`narration loudness: ${measured.length} tracks, ${Math.min(...values).toFixed(1)} to ${Math.max(...values).toFixed(1)} LUFS (target ${LOUDNESS.integrated}), true peak at most ${Math.max(...measured.map(m => m.truePeak)).toFixed(1)} dBTP`)
  })
  it.each(tracks)('%s', async (src) => {
    const loudness = await measureLoudness(join(PUBLIC_DIR, src))
    measured.push({ src, ...loudness })
    expect(Math.abs(loudness.integrated - LOUDNESS.integrated)).toBeLessThanOrEqual(1)
    expect(loudness.truePeak).toBeLessThanOrEqual(-1)
  })
})
