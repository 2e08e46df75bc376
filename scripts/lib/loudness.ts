import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/**
 * One speech loudness for every track (EBU R128): integrated LUFS and the true-peak limit in dBTP of
 * what is served, and the limiter's ceiling (dBFS) that keeps it: below the limit by what encoding
 * speech at 20 kbit/s Opus and 24 kbit/s MP3 adds to the peaks (up to 3.2 dB measured here).
 */
export const LOUDNESS = { integrated: -17, truePeak: -1, ceiling: -5 } as const

const run = promisify(execFile)

/** Speech needs no more: a ten-minute take stays under 30 MB, and Opus and MP3 are encoded from it. */
const RECORDING_RATE = 24_000

/** Runs ffmpeg without blocking (the server processes recordings while it answers others); its stderr. */
async function ffmpeg(args: string[]): Promise<string> {
  try {
    const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', ...args], { maxBuffer: 1 << 26 })
    return stderr
  }
  catch (error) {
    const { code, stderr } = error as { code?: string, stderr?: string }
    if (code === 'ENOENT') throw new Error('ffmpeg could not start (is it installed? see README "Narration")', { cause: error })
    throw new Error(`ffmpeg failed: ${String(stderr).slice(-2000)}`, { cause: error })
  }
}

/** Integrated loudness (LUFS) and true peak (dBTP) of any audio file ffmpeg can read, by EBU R128. */
export async function measureLoudness(file: string): Promise<{ integrated: number, truePeak: number }> {
  const stderr = await ffmpeg(['-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'])
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
  const integrated = Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1])
  const truePeak = Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary.slice(summary.indexOf('True peak')))?.[1])
  return { integrated, truePeak }
}

/**
 * Brings a WAV to `target` loudness: one even gain for the whole track (measured by EBU R128, so
 * nothing pumps), then a fast limiter on the loudest syllables, oversampled so that it also holds the
 * peaks between samples. Writes 16-bit mono WAV at `sampleRate`.
 */
export async function normaliseLoudness(input: string, output: string, sampleRate: number, target: number = LOUDNESS.integrated) {
  const ceiling = 10 ** (LOUDNESS.ceiling / 20)
  const apply = (gainDb: number) => ffmpeg(['-loglevel', 'error', '-y', '-i', input, '-af', [
    `volume=${gainDb.toFixed(2)}dB`, `aresample=${sampleRate * 4}`,
    `alimiter=limit=${ceiling.toFixed(3)}:attack=2:release=60:level=false`, `aresample=${sampleRate}`,
  ].join(','), '-ac', '1', '-c:a', 'pcm_s16le', output])
  const measured = (await measureLoudness(input)).integrated
  // A take that is silence throughout has no loudness to bring anywhere.
  if (!(measured > -60)) throw new Error('the audio is silent')
  // The limiter takes a little loudness off the loudest syllables: correct the gain by what it took.
  let gainDb = target - measured
  for (let pass = 0; pass < 3; pass++) {
    await apply(gainDb)
    const missing = target - (await measureLoudness(output)).integrated
    if (!Number.isFinite(missing) || Math.abs(missing) <= 0.4) return
    gainDb += missing
  }
}

/**
 * A volunteer's take made ready to publish: rumble filtered out, light noise reduction, a gate on
 * the hiss between phrases, silence trimmed at both ends, and the one speech loudness.
 */
export async function processRecording(input: string, cleaned: string, output: string) {
  const trim = 'silenceremove=start_periods=1:start_threshold=-45dB:start_silence=0.25'
  await ffmpeg(['-loglevel', 'error', '-y', '-i', input, '-af', [
    'highpass=f=70', 'afftdn=nr=10:nf=-45', 'agate=threshold=0.01:ratio=2:attack=5:release=250', trim, 'areverse', trim, 'areverse',
  ].join(','), '-ac', '1', '-ar', String(RECORDING_RATE), '-c:a', 'pcm_s16le', cleaned])
  await normaliseLoudness(cleaned, output, RECORDING_RATE)
}
