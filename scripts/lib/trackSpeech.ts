import { z } from 'zod'
import type { MarkdownFile } from './contentFiles'
import { narrationSegments } from './narrationText'
import { fallbacksIn, type Fallback } from './pronunciation'
import { readLexicon, speechRuns, type Lexicon, type SpeechRun } from './speechText'

const titled = z.object({ title: z.string() })

/**
 * What one track says, segment by segment (title, then each block), each as runs of one voice: a
 * stop's narration, or a walk's introduction (its description: what the walk is, how long, where it starts).
 */
export function trackSpeech(text: MarkdownFile, lexicon: Lexicon = readLexicon(text.locale)): SpeechRun[][] {
  const { title } = titled.parse(text.frontMatter)
  return narrationSegments(title, text.body).map(segment => speechRuns(segment, text.locale, lexicon))
}

/** Every fallback the engine would make in a track (zero is the only acceptable count). */
export const trackFallbacks = (speech: SpeechRun[][]): Fallback[] => speech.flat().flatMap(run => fallbacksIn(run))

/** The track's speech as text, one segment a paragraph, runs in another voice marked `[xx: …]`. */
export const printSpeech = (speech: SpeechRun[][], locale: string) => speech
  .map(runs => runs.map(run => run.locale === locale ? run.text : `[${run.locale}: ${run.text}]`).join(' '))
  .join('\n\n')
