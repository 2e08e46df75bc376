import { execFile, spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { promisify } from 'node:util'

/** Speech-grade settings: Opus for everyone, MP3 for older iPhones; both mono, both under ~200 KB a minute. */
const OPUS_KBPS = 20
const MP3_KBPS = 24

export function runTool(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { input, maxBuffer: 1 << 28 })
  if (result.error) throw new Error(`${command} could not start (is it installed? see README "Narration"): ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`)
  return result.stdout
}

const opusArgs = (wav: string, outBase: string, kbps = OPUS_KBPS) => ['--quiet', '--bitrate', String(kbps), '--downmix-mono', wav, `${outBase}.opus`]
const mp3Args = (wav: string, outBase: string) => ['--quiet', '-m', 'm', '-b', String(MP3_KBPS), '--resample', '22.05', wav, `${outBase}.mp3`]
const sizes = (outBase: string) => ({ opus: statSync(`${outBase}.opus`).size, mp3: statSync(`${outBase}.mp3`).size })

/** Encodes a WAV file as `<outBase>.opus` and `<outBase>.mp3`, the two formats every narration is served in. */
export function encodeNarration(wav: string, outBase: string): { opus: number, mp3: number } {
  runTool('opusenc', opusArgs(wav, outBase))
  runTool('lame', mp3Args(wav, outBase))
  return sizes(outBase)
}

/** The same, without blocking: the server encodes a volunteer's recording while it goes on answering others. */
export async function encodeNarrationInBackground(wav: string, outBase: string): Promise<{ opus: number, mp3: number }> {
  const run = promisify(execFile)
  await Promise.all([run('opusenc', opusArgs(wav, outBase)), run('lame', mp3Args(wav, outBase))])
  return sizes(outBase)
}

/** Encodes the Opus file again at `kbps`: at 20 kbit/s the codec now and then overshoots a peak into a click. */
export async function reencodeOpus(wav: string, outBase: string, kbps: number): Promise<number> {
  await promisify(execFile)('opusenc', opusArgs(wav, outBase, kbps))
  return sizes(outBase).opus
}
