import { describe, expect, it } from 'vitest'
import { readMarkdownFiles, readYamlFiles } from '../../../scripts/lib/contentFiles'
import { isLocaleCode } from '../../../i18n/registry'
import { readingSeconds, shortRecording } from '../../../shared/utils/readingTime'

const stops = readMarkdownFiles('stops')

describe('a recording much shorter than its text', () => {
  it.each(stops.map(stop => [`${stop.locale}/${stop.slug}`, stop] as const))('%s: the published narration is not flagged, a quarter of it is', (_, stop) => {
    if (!isLocaleCode(stop.locale)) throw new Error(`unknown language ${stop.locale}`)
    const narration = readYamlFiles(`narration/${stop.locale}`).find(file => file.slug === stop.slug)!.data as { durationS: number }
    // The estimate is within a third of the synthesised voice's own time for the same text.
    expect(readingSeconds(stop.body, stop.locale) / narration.durationS).toBeGreaterThan(0.67)
    expect(readingSeconds(stop.body, stop.locale) / narration.durationS).toBeLessThan(1.5)
    expect(shortRecording(narration.durationS, stop.body, stop.locale)).toBeNull()
    // Read briskly, a third faster than the synthesised voice, it is still the whole text.
    expect(shortRecording(narration.durationS * 0.75, stop.body, stop.locale)).toBeNull()
    expect(shortRecording(narration.durationS / 4, stop.body, stop.locale)?.expectedS).toBeGreaterThan(narration.durationS / 2)
  })

  it('counts neither link targets nor markup', () => {
    expect(readingSeconds('[Yu Lane](https://example.org/a-very-long-address) **here**', 'en')).toBeCloseTo(10 / 10.3)
  })

  it('flags a three-second take of a text of some minutes', () => {
    const text = stops.find(stop => stop.locale === 'en' && stop.slug === 'qian-xuesen-residence')!.body
    expect(shortRecording(3, text, 'en')).toEqual({ expectedS: expect.any(Number) })
  })
})
