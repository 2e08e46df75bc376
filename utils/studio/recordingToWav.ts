import { AUDIO_UPLOAD } from '#shared/schemas/submission'

/** 16-bit PCM WAV of one channel: the RIFF header, then the samples. */
function encodeWav(samples: Float32Array, sampleRate: number): Blob {
  const data = new DataView(new ArrayBuffer(44 + samples.length * 2))
  const text = (offset: number, value: string) => [...value].forEach((c, i) => data.setUint8(offset + i, c.charCodeAt(0)))
  text(0, 'RIFF')
  data.setUint32(4, 36 + samples.length * 2, true)
  text(8, 'WAVEfmt ')
  data.setUint32(16, 16, true)
  data.setUint16(20, 1, true)
  data.setUint16(22, 1, true)
  data.setUint32(24, sampleRate, true)
  data.setUint32(28, sampleRate * 2, true)
  data.setUint16(32, 2, true)
  data.setUint16(34, 16, true)
  text(36, 'data')
  data.setUint32(40, samples.length * 2, true)
  samples.forEach((sample, i) => data.setInt16(44 + i * 2, Math.max(-1, Math.min(1, sample)) * 0x7FFF, true))
  return new Blob([data.buffer], { type: AUDIO_UPLOAD.type })
}

/**
 * Turns any recording or file the browser can play (WebM from Chromium's recorder, MP4 from an
 * iPhone's, MP3…) into mono WAV at 24 kHz, which the server encodes as Opus and MP3 like every narration.
 */
export async function recordingToWav(recording: Blob): Promise<{ wav: Blob, durationS: number }> {
  const decoder = new AudioContext()
  let decoded: AudioBuffer
  try {
    decoded = await decoder.decodeAudioData(await recording.arrayBuffer())
  }
  finally {
    void decoder.close()
  }
  const rate = AUDIO_UPLOAD.sampleRate
  const mixer = new OfflineAudioContext(1, Math.ceil(decoded.duration * rate), rate)
  const source = mixer.createBufferSource()
  source.buffer = decoded
  source.connect(mixer.destination)
  source.start()
  const mono = await mixer.startRendering()
  return { wav: encodeWav(mono.getChannelData(0), rate), durationS: mono.duration }
}
