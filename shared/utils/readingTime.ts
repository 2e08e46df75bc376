import type { LocaleCode } from '../../i18n/registry'

/**
 * Letters and digits read per second, per language: the pace of the synthesised narration of all
 * nine stops (2026), which reads a little slower than most people do. Letters, not words, so that
 * Chinese, Korean and Arabic are counted alike.
 */
const LETTERS_PER_SECOND: Record<LocaleCode, number> = { en: 10.3, zh: 4.3, ko: 3.8, ru: 9.9, fr: 12.3, ar: 5.8 }

/** Below this share of the expected time, a recording cannot be the whole text, even read briskly. */
export const SHORT_RECORDING_SHARE = 0.5

/** The letters and digits of a Markdown text, without link targets or markup. */
function spokenLetters(markdown: string): number {
  const text = markdown.replace(/\]\([^)]*\)/g, ']')
  let count = 0
  for (const character of text) if (/[\p{L}\p{N}]/u.test(character)) count++
  return count
}

/** About how long reading this text aloud takes, in seconds. */
export function readingSeconds(markdown: string, locale: LocaleCode): number {
  return spokenLetters(markdown) / LETTERS_PER_SECOND[locale]
}

/** The expected reading time when a recording is much shorter than its text, or null when it is not. */
export function shortRecording(durationS: number, markdown: string, locale: LocaleCode): { expectedS: number } | null {
  const expectedS = readingSeconds(markdown, locale)
  return durationS < expectedS * SHORT_RECORDING_SHARE ? { expectedS: Math.round(expectedS) } : null
}
