import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeNarrationInBackground, reencodeOpus, runTool as run } from './encodeNarration'
import { LOUDNESS, measureLoudness, normaliseLoudness } from './loudness'
import { SPEECH_VOICES, type SpeechLocale } from './pronunciation'
import type { SpeechRun } from './speechText'
import { durationS, readWav, silence, writeWav, type Pcm } from './wav'

/** A paragraph's end is a longer breath than a sentence's, which the engine makes itself. */
const PAUSE_BETWEEN_SEGMENTS_S = 0.9
/** A name said in another voice follows on almost at once, as a speaker switching language would. */
const PAUSE_BETWEEN_RUNS_S = 0.08

export interface SynthesisResult {
  durationS: number
  /** Start of each segment in seconds: the title first, then each body block. */
  cues: number[]
  bytes: { opus: number, mp3: number }
  integratedLufs: number
}

/** espeak-ng without blocking, so that several tracks are made at once. */
function speakTo(wav: string, voice: string, wpm: number, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = execFile('espeak-ng', ['-v', voice, '-s', String(wpm), '-w', wav, '--stdin'], error => error ? reject(error) : resolve())
    child.stdin!.end(text)
  })
}

export function engineVersion(): string {
  return run('espeak-ng', ['--version']).toString().match(/text-to-speech: (\S+)/)?.[1] ?? 'unknown'
}

/**
 * Speaks each segment run by run in the run's voice, joins them with pauses, brings the track to the
 * one speech loudness, and writes `<outBase>.opus` and `<outBase>.mp3`.
 */
export async function synthesise(speech: SpeechRun[][], outBase: string): Promise<SynthesisResult> {
  const work = mkdtempSync(join(tmpdir(), 'narration-'))
  try {
    let count = 0
    const speak = async (runItem: SpeechRun): Promise<Pcm> => {
      const { voice, wpm } = SPEECH_VOICES[runItem.locale as SpeechLocale]
      const wav = join(work, `${count++}.wav`)
      await speakTo(wav, voice, wpm, runItem.text)
      return readWav(readFileSync(wav))
    }
    const segments: Pcm[][] = []
    for (const runs of speech) segments.push(await Promise.all(runs.map(speak)))
    const first = segments[0]![0]!
    if (segments.flat().some(clip => clip.sampleRate !== first.sampleRate || clip.channels !== first.channels)) {
      throw new Error('the voices of one track write different sample rates: they cannot be joined')
    }
    const paragraphPause = silence(first, PAUSE_BETWEEN_SEGMENTS_S)
    const runPause = silence(first, PAUSE_BETWEEN_RUNS_S)
    const cues: number[] = []
    const parts: Buffer[] = []
    let at = 0
    for (const clips of segments) {
      cues.push(Math.round(at * 100) / 100)
      clips.forEach((clip, index) => {
        if (index > 0) {
          parts.push(runPause.data)
          at += durationS(runPause)
        }
        parts.push(clip.data)
        at += durationS(clip)
      })
      parts.push(paragraphPause.data)
      at += durationS(paragraphPause)
    }
    const joined: Pcm = { ...first, data: Buffer.concat(parts) }
    writeFileSync(join(work, 'joined.wav'), writeWav(joined))
    // Low-bit-rate encoding takes a little loudness with the highest frequencies: aim so that what is served is on target.
    let target: number = LOUDNESS.integrated
    let bytes = { opus: 0, mp3: 0 }
    let integratedLufs = 0
    for (let pass = 0; pass < 3; pass++) {
      await normaliseLoudness(join(work, 'joined.wav'), join(work, 'track.wav'), first.sampleRate, target)
      bytes = await encodeNarrationInBackground(join(work, 'track.wav'), outBase)
      integratedLufs = (await measureLoudness(`${outBase}.opus`)).integrated
      if (Math.abs(integratedLufs - LOUDNESS.integrated) <= 0.5) break
      target += LOUDNESS.integrated - integratedLufs
    }
    // A click the codec made (a peak far above the limiter's ceiling) goes with a little more bit rate.
    // Each new rate is measured too; npm test fails on a track that none of them cured.
    const rates = [24, 28, 32, 40, 48]
    while (rates.length && (await measureLoudness(`${outBase}.opus`)).truePeak > LOUDNESS.truePeak) {
      bytes.opus = await reencodeOpus(join(work, 'track.wav'), outBase, rates.shift()!)
    }
    return { durationS: Math.round(durationS(joined) * 100) / 100, cues, bytes, integratedLufs }
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}
