/** Just enough RIFF/WAVE handling to join 16-bit PCM clips from one speech engine. */

export interface Pcm {
  sampleRate: number
  channels: number
  bitsPerSample: number
  data: Buffer
}

export function readWav(file: Buffer): Pcm {
  if (file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file')
  let offset = 12
  let format: Omit<Pcm, 'data'> | null = null
  while (offset + 8 <= file.length) {
    const id = file.toString('ascii', offset, offset + 4)
    // Engines writing to a pipe leave the size at its maximum; the data then runs to the end of the file.
    const size = Math.min(file.readUInt32LE(offset + 4), file.length - offset - 8)
    const body = offset + 8
    if (id === 'fmt ') {
      format = { channels: file.readUInt16LE(body + 2), sampleRate: file.readUInt32LE(body + 4), bitsPerSample: file.readUInt16LE(body + 14) }
    }
    else if (id === 'data') {
      if (!format) throw new Error('WAV data before format')
      return { ...format, data: file.subarray(body, body + size) }
    }
    offset = body + size + (size % 2)
  }
  throw new Error('WAV file has no data')
}

export function durationS(pcm: Pcm): number {
  return pcm.data.length / (pcm.sampleRate * pcm.channels * (pcm.bitsPerSample / 8))
}

export function silence(like: Omit<Pcm, 'data'>, seconds: number): Pcm {
  const frames = Math.round(like.sampleRate * seconds)
  return { ...like, data: Buffer.alloc(frames * like.channels * (like.bitsPerSample / 8)) }
}

export function writeWav(pcm: Pcm): Buffer {
  const header = Buffer.alloc(44)
  const blockAlign = pcm.channels * (pcm.bitsPerSample / 8)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + pcm.data.length, 4)
  header.write('WAVEfmt ', 8, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(pcm.channels, 22)
  header.writeUInt32LE(pcm.sampleRate, 24)
  header.writeUInt32LE(pcm.sampleRate * blockAlign, 28)
  header.writeUInt16LE(blockAlign, 32)
  header.writeUInt16LE(pcm.bitsPerSample, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(pcm.data.length, 40)
  return Buffer.concat([header, pcm.data])
}
