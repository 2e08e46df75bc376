import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

/** Speech-grade settings: Opus for everyone, MP3 for older iPhones; both mono, both under ~200 KB a minute. */
const OPUS_KBPS = 20
const MP3_KBPS = 24
const PAUSE_BETWEEN_SEGMENTS_S = 0.7

export interface SynthesisResult {
  durationS: number
  /** Start of each segment in seconds: the title first, then each body block. */
  cues: number[]
  bytes: { opus: number, mp3: number }
}

function run(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { input, maxBuffer: 1 << 28 })
  if (result.error) throw new Error(`${command} could not start (is it installed? see README "Narration"): ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`)
  return result.stdout
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
    run('opusenc', ['--quiet', '--bitrate', String(OPUS_KBPS), '--downmix-mono', wav, `${outBase}.opus`])
    run('lame', ['--quiet', '-m', 'm', '-b', String(MP3_KBPS), '--resample', '22.05', wav, `${outBase}.mp3`])
    return {
      durationS: Math.round(durationS(joined) * 100) / 100,
      cues,
      bytes: { opus: statSync(`${outBase}.opus`).size, mp3: statSync(`${outBase}.mp3`).size },
    }
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}
