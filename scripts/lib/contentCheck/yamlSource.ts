import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'

/** A YAML document that can say on which line of its file a value sits. */
export interface YamlSource {
  /** Parsed value, or undefined when the YAML does not parse. */
  data: unknown
  /** Messages of YAML syntax errors, with their file lines. */
  syntaxErrors: { line: number, message: string }[]
  /** Line in the file of the value at `path`, or of the nearest ancestor that exists. */
  lineOf: (path: readonly PropertyKey[]) => number
}

/** `firstLine` is the file line the YAML text starts on (2 for front matter after its `---`). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1
  const syntaxErrors = doc.errors.map(e => ({ line: toFileLine(e.pos[0]), message: e.message.split('\n')[0]! }))

  function lineOf(path: readonly PropertyKey[]): number {
    let node = doc.contents as Node | null
    let line = node?.range ? toFileLine(node.range[0]) : firstLine
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(item => (item.key as { value?: unknown } | null)?.value === key)
        if (!pair) break
        const keyNode = pair.key as Node
        if (keyNode.range) line = toFileLine(keyNode.range[0])
        node = pair.value as Node | null
      }
      else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key] as Node
        if (node.range) line = toFileLine(node.range[0])
      }
      else break
    }
    return line
  }

  return { data: syntaxErrors.length ? undefined : doc.toJS(), syntaxErrors, lineOf }
}
