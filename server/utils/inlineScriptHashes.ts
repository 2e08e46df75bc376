import { createHash } from 'node:crypto'

// Inline scripts the browser runs or reads as code: classic, module and import maps (JSON data is never run).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g
const DATA_TYPE = /\stype="application\/(?:ld\+)?json"/

/** CSP sources ('sha256-…') for every inline script of a page, so no other inline script may run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_TYPE.test(attributes ?? '')) continue
    hashes.add(`'sha256-${createHash('sha256').update(body ?? '', 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}
