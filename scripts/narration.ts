// npm run narration: synthesises a narration for every stop text that has no recorded one, and
// re-renders a track only when what it says or how changed. Prints sizes and loudness per language.
//   npm run narration -- <filter…>                 only the texts whose file name contains a filter
//   npm run narration -- --print <locale>/<slug>   what the engine is given for one track
//   npm run narration -- --check [locale…]         pronunciation fallbacks per locale (exit 1 if any)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { narrationSchema, type Narration } from '../shared/schemas/content'
import { CONTENT_DIR, readMarkdownFiles } from './lib/contentFiles'
import { speechHash } from './lib/narrationText'
import { SPEECH_VOICES } from './lib/pronunciation'
import { LOUDNESS } from './lib/loudness'
import { engineVersion, synthesise } from './lib/synthesise'
import { printSpeech, trackFallbacks, trackSpeech } from './lib/trackSpeech'

const PUBLIC_DIR = join(CONTENT_DIR, '..', 'public')
const args = process.argv.slice(2)
// Stops, then each walk's introduction: its narration sits beside the stops' (walk and stop slugs never share a name).
const texts = [...readMarkdownFiles('stops'), ...readMarkdownFiles('walks')]

if (args[0] === '--print') {
  const [locale, slug] = (args[1] ?? '').split('/')
  const text = texts.find(t => t.locale === locale && t.slug === slug)
  if (!text) throw new Error(`No stop or walk text ${args[1]}: give <locale>/<slug>, e.g. zh/qian-xuesen-residence`)
  console.log(printSpeech(trackSpeech(text), text.locale))
}
else if (args[0] === '--check') {
  const locales = args.length > 1 ? args.slice(1) : Object.keys(SPEECH_VOICES)
  let total = 0
  for (const locale of locales) {
    const found = texts.filter(t => t.locale === locale).flatMap(text => trackFallbacks(trackSpeech(text)).map(f => ({ ...f, file: text.file })))
    total += found.length
    console.log(`${locale}: ${found.length} fallback(s)`)
    for (const f of found) console.log(`  ${f.file}: ${f.kind} ${f.what} in "${f.run.slice(0, 80)}"`)
  }
  process.exitCode = total ? 1 : 0
}
else {
  await render(args)
}

async function render(only: string[]) {
  const engine = `espeak-ng ${engineVersion()}`
  const totals = new Map<string, { tracks: number, synthesised: number, rendered: number, seconds: number, opus: number, mp3: number, lufs: number[] }>()
  // Two tracks at a time: espeak-ng, ffmpeg and the encoders each keep one core busy.
  const chosen = texts.filter(text => !only.length || only.some(filter => text.file.includes(filter)))
  await inParallel(chosen, 2, async (text) => {
    const speech = trackSpeech(text)
    const textHash = speechHash(speech)
    const metaFile = join(CONTENT_DIR, 'narration', text.locale, `${text.slug}.yml`)
    const existing: Narration | null = existsSync(metaFile) ? narrationSchema.parse(parseYaml(readFileSync(metaFile, 'utf8'))) : null
    const filesPresent = existing?.sources.every(source => existsSync(join(PUBLIC_DIR, source.src)))
    let narration = existing
    let loudness: number | null = null
    if (existing?.kind !== 'recorded' && !(existing?.textHash === textHash && filesPresent)) {
      mkdirSync(join(PUBLIC_DIR, 'narration', text.locale), { recursive: true })
      mkdirSync(join(CONTENT_DIR, 'narration', text.locale), { recursive: true })
      const base = `/narration/${text.locale}/${text.slug}`
      const result = await synthesise(speech, join(PUBLIC_DIR, base))
      loudness = result.integratedLufs
      const voices = [...new Set(speech.flat().map(run => SPEECH_VOICES[run.locale as keyof typeof SPEECH_VOICES].voice))]
      narration = {
        kind: 'synthesised',
        durationS: result.durationS,
        cues: result.cues,
        sources: [
          { src: `${base}.opus`, type: 'audio/ogg; codecs=opus', bytes: result.bytes.opus },
          { src: `${base}.mp3`, type: 'audio/mpeg', bytes: result.bytes.mp3 },
        ],
        textHash,
        engine: `${engine}, voice ${voices.join(' + ')}, ${LOUDNESS.integrated} LUFS`,
      }
      writeFileSync(metaFile, `# Made by npm run narration; a recorded track replaces it (kind: recorded).\n${stringifyYaml(narration)}`)
      console.log(`rendered ${text.file} (${narration.durationS.toFixed(0)} s, ${loudness.toFixed(1)} LUFS)`)
    }
    else if (existing?.stale) {
      // Marked by the studio, but what is read aloud is the same (a change the voice does not say): the track stands.
      const { stale: _stale, ...current } = existing
      narration = current
      writeFileSync(metaFile, `# Made by npm run narration; a recorded track replaces it (kind: recorded).\n${stringifyYaml(current)}`)
    }
    const sum = totals.get(text.locale) ?? { tracks: 0, synthesised: 0, rendered: 0, seconds: 0, opus: 0, mp3: 0, lufs: [] }
    sum.tracks++
    if (narration!.kind === 'synthesised') sum.synthesised++
    if (loudness !== null) {
      sum.rendered++
      sum.lufs.push(loudness)
    }
    sum.seconds += narration!.durationS
    sum.opus += narration!.sources.find(s => s.type.includes('opus'))?.bytes ?? 0
    sum.mp3 += narration!.sources.find(s => s.type === 'audio/mpeg')?.bytes ?? 0
    totals.set(text.locale, sum)
  })

  const kb = (bytes: number) => (bytes / 1024).toFixed(0)
  const range = (values: number[]) => values.length ? `${Math.min(...values).toFixed(1)}…${Math.max(...values).toFixed(1)}` : '-'
  console.log('\nlocale  tracks  synthesised  rendered-now  minutes  opus-KB  mp3-KB  opus-KB/min  LUFS (rendered now)')
  for (const [locale, t] of totals) {
    const minutes = t.seconds / 60
    console.log([locale.padEnd(6), String(t.tracks).padStart(6), String(t.synthesised).padStart(11), String(t.rendered).padStart(12),
      minutes.toFixed(1).padStart(7), kb(t.opus).padStart(7), kb(t.mp3).padStart(6),
      (t.opus / 1024 / minutes).toFixed(0).padStart(11), range(t.lufs).padStart(19)].join('  '))
  }
}

/** Runs `work` over `items`, at most `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  const queue = [...items]
  await Promise.all(Array.from({ length: width }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
  }))
}
