import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOUDNESS, measureLoudness } from '../../../scripts/lib/loudness'
import { readWav, writeWav } from '../../../scripts/lib/wav'
import { checkRecording, prepareRecording, type AudioRefused } from '../../../server/studio/audioUpload'
import { wavSizesAgree } from '../../../server/studio/wavSizes'
import { toneWav } from '../../support/toneWav'

const take = toneWav(1.5)
const withUint32 = (file: Buffer, offset: number, value: number) => {
  const copy = Buffer.from(file)
  copy.writeUInt32LE(value, offset)
  return copy
}
const refusal = (bytes: Buffer) => {
  try {
    checkRecording(bytes)
    return null
  }
  catch (error) {
    return (error as AudioRefused).reason
  }
}
// In the 44-byte header the browser writes: RIFF size at 4, fmt size at 16, data size at 40.
const LIES: [string, Buffer][] = [
  ['RIFF size larger than the file', withUint32(take, 4, take.length)],
  ['RIFF size smaller than the file', withUint32(take, 4, take.length - 100)],
  ['RIFF size left at its maximum', withUint32(take, 4, 0xFFFFFFFF)],
  ['data size larger than the samples', withUint32(take, 40, take.length)],
  ['data size smaller than the samples', withUint32(take, 40, take.length - 1000)],
  ['data size left at its maximum', withUint32(take, 40, 0xFFFFFFFF)],
  ['fmt size that swallows the data header', withUint32(take, 16, 40)],
  ['samples cut off after the header was written', take.subarray(0, take.length - 2000)],
  ['bytes appended after the data', Buffer.concat([take, Buffer.alloc(4000)])],
  ['only a header', take.subarray(0, 44)],
  ['not a WAV at all', Buffer.from('ID3\u0004 this is an mp3 pretending')],
]

describe('a recording upload', () => {
  it('accepts a WAV whose sizes match its bytes', () => {
    expect(wavSizesAgree(take)).toBe(true)
    expect(checkRecording(take)).toEqual({ durationMs: 1500 })
  })

  it.each(LIES)('refuses a WAV with %s as audioInvalid', (_label, bytes) => {
    expect(wavSizesAgree(bytes)).toBe(false)
    expect(refusal(bytes)).toBe('audioInvalid')
  })

  it('refuses half a sample frame at the end', () => {
    const odd = Buffer.concat([take, Buffer.alloc(1)])
    odd.writeUInt32LE(odd.length - 8, 4)
    odd.writeUInt32LE(odd.length - 44, 40)
    expect(refusal(odd)).toBe('audioInvalid')
  })
})

describe('a take made ready to publish', () => {
  /** A real voice (espeak-ng) recorded too quietly, with two seconds of room noise before and after. */
  function quietTakeWithPauses(): Buffer {
    const voice = readWav(execFileSync('espeak-ng', ['-v', 'en-gb', '--stdout', 'This is the former home of Rewi Alley, on Yuyuan Road.']))
    const pad = Buffer.alloc(Math.round(voice.sampleRate * 2) * 2)
    for (let i = 0; i < pad.length / 2; i++) pad.writeInt16LE(Math.round((Math.random() - 0.5) * 20), i * 2)
    const quiet = Buffer.alloc(voice.data.length)
    for (let i = 0; i < quiet.length / 2; i++) quiet.writeInt16LE(Math.round(voice.data.readInt16LE(i * 2) / 10), i * 2)
    return writeWav({ ...voice, data: Buffer.concat([pad, quiet, pad]) })
  }

  it('trims the silence at both ends and brings the voice to the narration loudness', async () => {
    const take = quietTakeWithPauses()
    const before = checkRecording(take).durationMs
    const { processed, durationMs } = await prepareRecording(take)
    expect(durationMs).toBeLessThan(before - 3000)
    expect(durationMs).toBeGreaterThan(before - 4600)
    const work = mkdtempSync(join(tmpdir(), 'take-test-'))
    try {
      writeFileSync(join(work, 'processed.wav'), processed)
      const loudness = await measureLoudness(join(work, 'processed.wav'))
      expect(Math.abs(loudness.integrated - LOUDNESS.integrated)).toBeLessThanOrEqual(1)
      expect(loudness.truePeak).toBeLessThanOrEqual(LOUDNESS.truePeak)
    }
    finally {
      rmSync(work, { recursive: true, force: true })
    }
  }, 60_000)

  it('refuses a take that is silence throughout', async () => {
    const silent = writeWav({ sampleRate: 24_000, channels: 1, bitsPerSample: 16, data: Buffer.alloc(24_000 * 2 * 3) })
    await expect(prepareRecording(silent)).rejects.toMatchObject({ reason: 'audioInvalid' })
  }, 60_000)
})
