import { describe, expect, it } from 'vitest'
import { checkRecording, type AudioRefused } from '../../../server/studio/audioUpload'
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
