import { writeWav } from '../../scripts/lib/wav'

/** A real recording stand-in: `seconds` of a 440 Hz tone as 16-bit mono WAV. */
export function toneWav(seconds: number, sampleRate = 24_000): Buffer {
  const samples = Math.round(seconds * sampleRate)
  const data = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(Math.sin(2 * Math.PI * 440 * i / sampleRate) * 8000), i * 2)
  return writeWav({ sampleRate, channels: 1, bitsPerSample: 16, data })
}
