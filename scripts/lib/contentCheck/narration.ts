import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { parseFile, parseStream } from 'music-metadata'
import type { ParsedContent } from './parsed'
import { error, warning, type Problem } from './problem'

/** Seconds a recorded `durationS` may differ from the audio: encoders pad the end by a frame or two. */
export const DURATION_TOLERANCE_S = 0.5

/**
 * Length of an audio file in seconds. An MP3 is read as a stream of unknown size on purpose: given
 * the size, music-metadata estimates a constant-bitrate MP3 from its first frame, which is a second
 * off for lame's alternating 78/79-byte frames; without it, every frame is counted. Other formats
 * (Opus, whose last page gives the exact length) are read from the file.
 */
export async function audioDurationS(file: string, mimeType: string): Promise<number | undefined> {
  if (mimeType !== 'audio/mpeg') return (await parseFile(file, { duration: true, skipCovers: true })).format.duration
  const bytes = await readFile(file)
  const stream = new Readable({ read() {
    this.push(bytes)
    this.push(null)
  } })
  const metadata = await parseStream(stream, { mimeType }, { duration: true, skipCovers: true })
  return metadata.format.duration
}

/** Each narration's audio files exist, have the recorded size, and last as long as it says. */
export async function checkNarration(parsed: ParsedContent, publicDir: string): Promise<Problem[]> {
  const problems: Problem[] = []
  await Promise.all(parsed.narrations.map(async ({ source, value }) => {
    const report = (path: PropertyKey[], message: string) => problems.push(error(source.file, source.yaml.lineOf(path), message))
    if (value.stale) problems.push(warning(source.file, source.yaml.lineOf(['stale']), 'needs update: the studio approved a change to the text this track reads; run npm run narration'))
    if (value.cues.at(-1)! >= value.durationS) report(['cues', value.cues.length - 1], `cues: the last cue starts after the end (${value.durationS} s)`)
    await Promise.all(value.sources.map(async ({ src, type, bytes }, i) => {
      const file = join(publicDir, src)
      if (!existsSync(file)) return report(['sources', i, 'src'], `audio file public${src} does not exist`)
      const size = statSync(file).size
      if (size !== bytes) report(['sources', i, 'bytes'], `bytes: ${bytes}, but public${src} has ${size}`)
      const actual = await audioDurationS(file, type.split(';')[0]!).catch(() => undefined)
      if (actual === undefined) return report(['sources', i, 'src'], `public${src} is not audio of type ${type}`)
      if (Math.abs(actual - value.durationS) > DURATION_TOLERANCE_S) {
        report(['durationS'], `durationS: ${value.durationS} s, but public${src} lasts ${actual.toFixed(2)} s`)
      }
    }))
  }))
  return problems
}
