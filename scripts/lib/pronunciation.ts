import { runTool } from './encodeNarration'
import type { SpeechRun } from './speechText'

/** The espeak-ng voice of each content locale, and how it names its own language in phoneme output. */
export const SPEECH_VOICES = {
  en: { voice: 'en-gb', tag: 'en', wpm: 160 },
  // Han characters read as Mandarin syllables with their tones ("latin as English" would read pinyin as English).
  zh: { voice: 'cmn-latn-pinyin', tag: 'cmn', wpm: 220 },
  ko: { voice: 'ko', tag: 'ko', wpm: 150 },
  ru: { voice: 'ru', tag: 'ru', wpm: 150 },
  fr: { voice: 'fr-fr', tag: 'fr', wpm: 160 },
  ar: { voice: 'ar', tag: 'ar', wpm: 145 },
} as const

export type SpeechLocale = keyof typeof SPEECH_VOICES

/** The letters each voice reads as words; anything else it spells out by name ("Chinese letter"). */
const SCRIPTS: Record<SpeechLocale, RegExp> = {
  en: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  zh: /\p{Script=Han}/u,
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
}

export interface Fallback {
  kind: 'switch' | 'foreignLetters'
  /** The language switched to, or the letters the voice cannot read. */
  what: string
  run: string
}

/** The phonemes espeak-ng would say for a run, language switches shown as `(xx)`. */
export function phonemesOf(run: SpeechRun): string {
  const { voice } = SPEECH_VOICES[run.locale as SpeechLocale]
  return runTool('espeak-ng', ['-v', voice, '-q', '-x', '--stdin'], run.text).toString()
}

/**
 * Everything in a run that the voice would not say in its own language: a switch to another language
 * (espeak-ng's `(en)`), or letters of another script, which it reads out as "Chinese letter" and the like.
 */
export function fallbacksIn(run: SpeechRun, phonemes = phonemesOf(run)): Fallback[] {
  const locale = run.locale as SpeechLocale
  const { tag } = SPEECH_VOICES[locale]
  const found: Fallback[] = []
  for (const [, language] of phonemes.matchAll(/\(([a-z]{2,3}(?:-[a-z]+)?)\)/g)) {
    if (language !== tag) found.push({ kind: 'switch', what: language!, run: run.text })
  }
  const letters = [...run.text].filter(char => /\p{L}/u.test(char) && !SCRIPTS[locale].test(char))
  if (letters.length) found.push({ kind: 'foreignLetters', what: [...new Set(letters)].join(''), run: run.text })
  return found
}
