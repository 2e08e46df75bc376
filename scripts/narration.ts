// npm run narration: synthesises a narration for every stop text that has no recorded one, and
// re-renders a track only when its text, voice or engine changed. Prints sizes per language.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { narrationSchema, stopTextSchema, type Narration } from '../shared/schemas/content'
import { CONTENT_DIR, readMarkdownFiles } from './lib/contentFiles'
import { narrationHash, narrationSegments } from './lib/narrationText'
import { engineVersion, synthesise, VOICES } from './lib/synthesise'

const PUBLIC_DIR = join(CONTENT_DIR, '..', 'public')
const engine = `espeak-ng ${engineVersion()}`
const only = process.argv.slice(2)
const totals = new Map<string, { tracks: number, synthesised: number, rendered: number, seconds: number, opus: number, mp3: number }>()

for (const text of readMarkdownFiles('stops')) {
  if (only.length && !only.some(filter => text.file.includes(filter))) continue
  const setting = VOICES[text.locale as keyof typeof VOICES]
  if (!setting) throw new Error(`${text.file}: no voice for locale ${text.locale}`)
  const { title } = stopTextSchema.parse(text.frontMatter)
  const segments = narrationSegments(title, text.body)
  const textHash = narrationHash(setting, segments)

  const metaFile = join(CONTENT_DIR, 'narration', text.locale, `${text.slug}.yml`)
  const existing: Narration | null = existsSync(metaFile) ? narrationSchema.parse(parseYaml(readFileSync(metaFile, 'utf8'))) : null
  const filesPresent = existing?.sources.every(source => existsSync(join(PUBLIC_DIR, source.src)))
  let narration = existing
  let rendered = false
  if (existing?.kind !== 'recorded' && !(existing?.textHash === textHash && filesPresent)) {
    mkdirSync(join(PUBLIC_DIR, 'narration', text.locale), { recursive: true })
    mkdirSync(join(CONTENT_DIR, 'narration', text.locale), { recursive: true })
    const base = `/narration/${text.locale}/${text.slug}`
    const result = synthesise(segments, setting, join(PUBLIC_DIR, base))
    narration = {
      kind: 'synthesised',
      durationS: result.durationS,
      cues: result.cues,
      sources: [
        { src: `${base}.opus`, type: 'audio/ogg; codecs=opus', bytes: result.bytes.opus },
        { src: `${base}.mp3`, type: 'audio/mpeg', bytes: result.bytes.mp3 },
      ],
      textHash,
      engine: `${engine}, voice ${setting.voice}, ${setting.wpm} wpm`,
    }
    writeFileSync(metaFile, `# Made by npm run narration; a recorded track replaces it (kind: recorded).\n${stringifyYaml(narration)}`)
    rendered = true
  }

  const sum = totals.get(text.locale) ?? { tracks: 0, synthesised: 0, rendered: 0, seconds: 0, opus: 0, mp3: 0 }
  sum.tracks++
  if (narration!.kind === 'synthesised') sum.synthesised++
  if (rendered) sum.rendered++
  sum.seconds += narration!.durationS
  sum.opus += narration!.sources.find(s => s.type.includes('opus'))?.bytes ?? 0
  sum.mp3 += narration!.sources.find(s => s.type === 'audio/mpeg')?.bytes ?? 0
  totals.set(text.locale, sum)
  if (rendered) console.log(`rendered ${text.file} (${narration!.durationS.toFixed(0)} s)`)
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0)
console.log('\nlocale  tracks  synthesised  rendered-now  minutes  opus-KB  mp3-KB  opus-KB/min  mp3-KB/min')
for (const [locale, t] of totals) {
  const minutes = t.seconds / 60
  console.log([locale.padEnd(6), String(t.tracks).padStart(6), String(t.synthesised).padStart(11), String(t.rendered).padStart(12),
    minutes.toFixed(1).padStart(7), kb(t.opus).padStart(7), kb(t.mp3).padStart(6),
    (t.opus / 1024 / minutes).toFixed(0).padStart(11), (t.mp3 / 1024 / minutes).toFixed(0).padStart(10)].join('  '))
}
