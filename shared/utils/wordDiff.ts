import { diffWordsWithSpace } from 'diff'

/** A piece of a diff line; `changed` marks the words that differ from the line it replaced (or that replaced it). */
export interface Segment {
  text: string
  changed: boolean
}

/**
 * The lines of a unified-diff hunk ('-', '+' or ' ' first), each as segments: where removed lines are
 * followed by added ones, the n-th removed and n-th added line are compared word by word (Chinese and
 * Korean character by character), so a reviewer sees the one word that changed in a long paragraph.
 * Spaces are tokens too, so each line's segments give back exactly its text.
 */
export function markChangedWords(lines: string[]): Segment[][] {
  const marked: Segment[][] = lines.map(line => [{ text: line.slice(1), changed: false }])
  const starts = (i: number, sign: string) => i < lines.length && lines[i]!.startsWith(sign)
  let i = 0
  while (i < lines.length) {
    if (!starts(i, '-')) {
      i++
      continue
    }
    let added = i
    while (starts(added, '-')) added++
    let end = added
    while (starts(end, '+')) end++
    for (let k = 0; k < Math.min(added - i, end - added); k++) {
      const parts = diffWordsWithSpace(lines[i + k]!.slice(1), lines[added + k]!.slice(1))
      marked[i + k] = parts.filter(part => !part.added).map(part => ({ text: part.value, changed: Boolean(part.removed) }))
      marked[added + k] = parts.filter(part => !part.removed).map(part => ({ text: part.value, changed: Boolean(part.added) }))
    }
    i = Math.max(end, i + 1)
  }
  return marked
}
