import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { processRecording } from '../../scripts/lib/loudness'
import { durationS, readWav } from '../../scripts/lib/wav'
import { AUDIO_UPLOAD } from '../../shared/schemas/submission'
import { wavSizesAgree } from './wavSizes'

export class AudioRefused extends Error {
  constructor(readonly reason: 'audioInvalid' | 'audioTooLarge') {
    super(reason)
  }
}

/**
 * Checks a recording: 16-bit PCM WAV, mono or stereo, 8–48 kHz, between the shortest and longest
 * allowed length. Anything else (another format renamed, a truncated file, a header lying about its sizes)
 * is refused.
 */
export function checkRecording(bytes: Buffer): { durationMs: number } {
  if (!wavSizesAgree(bytes)) throw new AudioRefused('audioInvalid')
  let pcm
  try {
    pcm = readWav(bytes)
  }
  catch {
    throw new AudioRefused('audioInvalid')
  }
  const seconds = durationS(pcm)
  const plausible = pcm.bitsPerSample === 16 && pcm.data.length % (pcm.channels * 2) === 0 && pcm.channels >= 1 && pcm.channels <= 2 && pcm.sampleRate >= 8000 && pcm.sampleRate <= 48_000
  if (!plausible || !(seconds >= AUDIO_UPLOAD.minSeconds)) throw new AudioRefused('audioInvalid')
  if (seconds > AUDIO_UPLOAD.maxSeconds) throw new AudioRefused('audioTooLarge')
  return { durationMs: Math.round(seconds * 1000) }
}

/**
 * A checked take made ready to publish (clean-up, silence trimmed, the narration loudness), as the
 * review page plays it and approval encodes it. A take with nothing left after the clean-up is refused.
 */
export async function prepareRecording(take: Buffer): Promise<{ processed: Buffer, durationMs: number }> {
  const work = await mkdtemp(join(tmpdir(), 'citywalk-take-'))
  try {
    await writeFile(join(work, 'take.wav'), take)
    try {
      await processRecording(join(work, 'take.wav'), join(work, 'cleaned.wav'), join(work, 'processed.wav'))
    }
    catch (error) {
      if (error instanceof Error && error.message.includes('silent')) throw new AudioRefused('audioInvalid')
      throw error
    }
    const processed = await readFile(join(work, 'processed.wav'))
    return { processed, ...checkRecording(processed) }
  }
  finally {
    await rm(work, { recursive: true, force: true })
  }
}
