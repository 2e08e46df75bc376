import { createHash } from 'node:crypto'

/**
 * Version of a source text, recorded in each translation as `translatedFrom.hash`: the first 12 hex
 * digits of the SHA-256 of the source file with line endings normalised and outer whitespace trimmed.
 * Any change to the source's front matter or body changes it and marks its translations out of date.
 */
export function sourceHash(fileText: string): string {
  return createHash('sha256').update(fileText.replace(/\r\n?/g, '\n').trim(), 'utf8').digest('hex').slice(0, 12)
}
