import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { narrationSegments } from '../../scripts/lib/narrationText'
import { LOUDNESS, measureLoudness } from '../../scripts/lib/loudness'
import { SPEECH_VOICES } from '../../scripts/lib/pronunciation'
import { synthesise } from '../../scripts/lib/synthesise'

describe('narrationSegments', () => {
  it('reads the title, then each Markdown block as plain text', () => {
    const body = 'First **bold** paragraph\nwith a [link](https://example.com).\n\n## A heading\n\n- one\n- two\n'
    expect(narrationSegments('Title', body)).toEqual(['Title', 'First bold paragraph with a link.', 'A heading', 'one two'])
  })
})

describe('synthesise', () => {
  const work = mkdtempSync(join(tmpdir(), 'narration-test-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('makes valid Opus and MP3 files whose length fits the text, at the one speech loudness', async () => {
    const segments = [
      'Rewi Alley\'s former residence.',
      'Rewi Alley lived in this lane from 1932 to 1937, while he worked as a factory inspector for the city.',
    ]
    const words = segments.join(' ').split(/\s+/).length
    const result = await synthesise(segments.map(text => [{ locale: 'en', text }]), join(work, 'track'))

    const opus = readFileSync(join(work, 'track.opus'))
    expect(opus.subarray(0, 4).toString('ascii')).toBe('OggS')
    expect(opus.includes(Buffer.from('OpusHead'))).toBe(true)
    const mp3 = readFileSync(join(work, 'track.mp3'))
    const hasId3 = mp3.subarray(0, 3).toString('ascii') === 'ID3'
    const hasFrameSync = mp3[0] === 0xFF && (mp3[1]! & 0xE0) === 0xE0
    expect(hasId3 || hasFrameSync).toBe(true)
    expect(result.bytes).toEqual({ opus: opus.length, mp3: mp3.length })

    // At 160 words a minute the text takes about words × 0.375 s; allow for pauses and engine pace.
    const expected = (words * 60) / SPEECH_VOICES.en.wpm
    expect(result.durationS).toBeGreaterThan(expected * 0.6)
    expect(result.durationS).toBeLessThan(expected * 1.8 + 2)
    expect(result.cues).toHaveLength(2)
    expect(result.cues[0]).toBe(0)
    expect(result.cues[1]!).toBeGreaterThan(1)
    expect(result.cues[1]!).toBeLessThan(result.durationS)
    // Speech-grade: at most about 200 KB a minute in either format.
    for (const bytes of Object.values(result.bytes)) expect(bytes / 1024 / (result.durationS / 60)).toBeLessThan(220)
    for (const format of ['opus', 'mp3']) {
      const measured = await measureLoudness(join(work, `track.${format}`))
      expect(Math.abs(measured.integrated - LOUDNESS.integrated), format).toBeLessThanOrEqual(1)
      expect(measured.truePeak, format).toBeLessThanOrEqual(-1)
    }
  })

  it('joins a name said in another voice into the sentence, one cue per segment', async () => {
    const result = await synthesise([
      [{ locale: 'ko', text: '첸쉐썬의 집' }],
      [{ locale: 'ko', text: '이 골목은' }, { locale: 'zh', text: '愚巷' }, { locale: 'ko', text: '이라고 해요.' }],
    ], join(work, 'mixed'))
    expect(result.cues).toHaveLength(2)
    expect(Math.abs(result.integratedLufs - LOUDNESS.integrated)).toBeLessThanOrEqual(1)
  })
})
