import { createHash } from 'node:crypto'
import { SPEECH_VOICES, type SpeechLocale } from './pronunciation'
import type { SpeechRun } from './speechText'
import { LOUDNESS } from './loudness'

/**
 * What the narration reads: the title, then each top-level block of the Markdown body in order.
 * The player highlights the same blocks of the rendered page, so the split must follow Markdown's
 * own: blocks are separated by blank lines.
 */
export function narrationSegments(title: string, markdownBody: string): string[] {
  const blocks = markdownBody
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(block => toSpeech(block))
    .filter(block => block.length > 0)
  return [toSpeech(title), ...blocks]
}

function toSpeech(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Identifies what a synthesised track says and how: each run's voice (with its speed) and text, and the
 * loudness it is brought to. The engine's version is left out on purpose, so a machine with a newer
 * espeak-ng does not see every track as stale.
 */
export function speechHash(speech: SpeechRun[][]): string {
  const voiced = speech.map(runs => runs.map(run => ({ ...SPEECH_VOICES[run.locale as SpeechLocale], text: run.text })))
  return createHash('sha256').update(JSON.stringify({ voiced, loudness: LOUDNESS })).digest('hex').slice(0, 12)
}
