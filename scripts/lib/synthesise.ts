import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeNarration, runTool as run } from './encodeNarration'
import { durationS, readWav, silence, writeWav, type Pcm } from './wav'

/** espeak-ng voice and speed (words a minute) per content language: slower than its default 175 for learners. */
export const VOICES = {
  en: { voice: 'en-gb', wpm: 160 },
  // For Mandarin espeak-ng counts syllables, i.e. characters: 220 a minute is an unhurried reading pace.
  zh: { voice: 'cmn', wpm: 220 },
  ko: { voice: 'ko', wpm: 150 },
  ru: { voice: 'ru', wpm: 150 },
  fr: { voice: 'fr-fr', wpm: 160 },
  ar: { voice: 'ar', wpm: 145 },
} as const

export type VoiceSetting = typeof VOICES[keyof typeof VOICES]

const PAUSE_BETWEEN_SEGMENTS_S = 0.7

export interface SynthesisResult {
  durationS: number
  /** Start of each segment in seconds: the title first, then each body block. */
  cues: number[]
  bytes: { opus: number, mp3: number }
}

export function engineVersion(): string {
  return run('espeak-ng', ['--version']).toString().match(/text-to-speech: (\S+)/)?.[1] ?? 'unknown'
}

/** Speaks each segment, joins them with short pauses, and writes `<outBase>.opus` and `<outBase>.mp3`. */
export function synthesise(segments: string[], setting: VoiceSetting, outBase: string): SynthesisResult {
  const work = mkdtempSync(join(tmpdir(), 'narration-'))
  try {
    const clips: Pcm[] = segments.map((text, index) => {
      const wav = join(work, `${index}.wav`)
      run('espeak-ng', ['-v', setting.voice, '-s', String(setting.wpm), '-w', wav, '--stdin'], text)
      return readWav(readFileSync(wav))
    })
    const pause = silence(clips[0]!, PAUSE_BETWEEN_SEGMENTS_S)
    const cues: number[] = []
    let at = 0
    const parts: Buffer[] = []
    for (const clip of clips) {
      cues.push(Math.round(at * 100) / 100)
      parts.push(clip.data, pause.data)
      at += durationS(clip) + durationS(pause)
    }
    const joined: Pcm = { ...clips[0]!, data: Buffer.concat(parts) }
    const wav = join(work, 'joined.wav')
    writeFileSync(wav, writeWav(joined))
    const bytes = encodeNarration(wav, outBase)
    return { durationS: Math.round(durationS(joined) * 100) / 100, cues, bytes }
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}
