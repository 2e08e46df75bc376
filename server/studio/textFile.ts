import { Document, parseDocument, stringify } from 'yaml'
import type { PublishedText } from '../../shared/types/submission'

import { FRONT_MATTER } from '../../scripts/lib/contentCheck/contentTree'

/** A Markdown text file's front matter, as parsed YAML. */
export function readFrontMatter(raw: string): Record<string, unknown> {
  const match = FRONT_MATTER.exec(raw)
  return match ? (parseDocument(match[1]!).toJS() ?? {}) as Record<string, unknown> : {}
}

/** A Markdown text file's front matter (its text fields) and body. */
export function parseTextFile(raw: string, locale: string): PublishedText {
  const match = FRONT_MATTER.exec(raw)
  if (!match) return { locale, fields: {}, body: raw }
  const data = readFrontMatter(raw)
  const fields = Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value === 'string')) as Record<string, string>
  return { locale, fields, body: raw.slice(match[0].length).replace(/^\n/, '') }
}

/**
 * The file a submission publishes. The published file's front matter is edited in place, so its
 * quoting, order and comments stay and the diff shows only what the volunteer changed.
 */
export function composeTextFile(published: string | null, fields: Record<string, string>, translatedFrom: { locale: string, hash: string } | null, body: string): string {
  const match = published ? FRONT_MATTER.exec(published) : null
  const document: Document = match?.[1]?.trim() ? parseDocument(match[1]) : new Document({})
  for (const [key, value] of Object.entries(fields)) {
    // An optional field left empty (the form sends every field) is left out, not written as "".
    if (value === '') document.delete(key)
    else if (document.get(key) !== value) document.set(key, value)
  }
  // Set value by value, so the existing lines keep their quoting (a hash of digits must stay a string).
  if (!translatedFrom) document.delete('translatedFrom')
  else if (document.has('translatedFrom')) {
    for (const [key, value] of Object.entries(translatedFrom)) {
      if (document.getIn(['translatedFrom', key]) !== value) document.setIn(['translatedFrom', key], value)
    }
  }
  else document.set('translatedFrom', document.createNode(translatedFrom))
  const frontMatter = document.toString({ lineWidth: 0 }).trimEnd()
  return `---\n${frontMatter}\n---\n\n${body.replace(/\r\n?/g, '\n').trim()}\n`
}

/** A YAML facts file with its position replaced, comments and layout kept. */
export function withPosition(factsYaml: string, position: { lat: number, lng: number, accuracyM: number }): string {
  const document = parseDocument(factsYaml)
  const node = document.createNode(position)
  const flow = (document.get('position', true) as { flow?: boolean } | undefined)?.flow
  if (flow) (node as { flow?: boolean }).flow = true
  document.set('position', node)
  return document.toString({ lineWidth: 0 })
}

export const yamlText = (data: unknown) => stringify(data, { lineWidth: 0 })
