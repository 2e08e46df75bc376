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
