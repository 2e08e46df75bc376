import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'

/** Speech-grade settings: Opus for everyone, MP3 for older iPhones; both mono, both under ~200 KB a minute. */
const OPUS_KBPS = 20
const MP3_KBPS = 24

export function runTool(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, { input, maxBuffer: 1 << 28 })
  if (result.error) throw new Error(`${command} could not start (is it installed? see README "Narration"): ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`)
  return result.stdout
}

/** Encodes a WAV file as `<outBase>.opus` and `<outBase>.mp3`, the two formats every narration is served in. */
export function encodeNarration(wav: string, outBase: string): { opus: number, mp3: number } {
  runTool('opusenc', ['--quiet', '--bitrate', String(OPUS_KBPS), '--downmix-mono', wav, `${outBase}.opus`])
  runTool('lame', ['--quiet', '-m', 'm', '-b', String(MP3_KBPS), '--resample', '22.05', wav, `${outBase}.mp3`])
  return { opus: statSync(`${outBase}.opus`).size, mp3: statSync(`${outBase}.mp3`).size }
}
