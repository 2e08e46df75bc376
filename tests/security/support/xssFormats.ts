/**
 * Strict readers for the files the app exports, so a test sees them as a spreadsheet or calendar app would.
 * (No CSV or iCalendar parser is among the project's dependencies, and the suite may not add one.)
 */

/**
 * RFC 4180 CSV, strictly: fields separated by commas, records by CRLF (a bare LF or CR is accepted as a
 * line end too, as spreadsheet apps do); a quoted field may hold commas, quotes doubled and line breaks.
 * Throws on a quote inside an unquoted field or text after a closing quote, which an app would repair
 * by guessing.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let i = 0
  const endField = () => {
    record.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    records.push(record)
    record = []
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' && field === '') {
      // A quoted field, up to the closing quote.
      i++
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += text[i++]
      }
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new Error(`CSV: text after a closing quote at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`)
      continue
    }
    if (c === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}: ${JSON.stringify(text.slice(i - 10, i + 10))}`)
    if (c === ',') {
      endField()
      i++
    }
    else if (c === '\r' || c === '\n') {
      endRecord()
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
    }
    else {
      field += c
      i++
    }
  }
  if (field !== '' || record.length > 0) endRecord()
  return records
}

export interface CalendarLine {
  name: string
  /** Parameters as written, e.g. `VALUE=DATE`. */
  params: string[]
  /** The value as written, still escaped. */
  value: string
}

/** RFC 5545 content lines: unfolded (CRLF then a space or tab continues a line), then split into name, parameters and value. */
export function parseCalendar(text: string): { lines: CalendarLine[], physical: string[] } {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('iCalendar: a line break that is not CRLF')
  const physical = text.replace(/\r\n$/, '').split('\r\n')
  const unfolded = text.replace(/\r\n[ \t]/g, '').replace(/\r\n$/, '').split('\r\n')
  const lines = unfolded.map((line) => {
    // Name, then parameters (a quoted parameter value may hold ; : ,), then the value after the first free colon.
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/s.exec(line)
    if (!match) throw new Error(`iCalendar: not a content line: ${JSON.stringify(line)}`)
    return { name: match[1]!.toUpperCase(), params: match[2] ? match[2].slice(1).split(';') : [], value: match[3]! }
  })
  return { lines, physical }
}

/** A TEXT value unescaped: `\\n` or `\\N` a line feed, `\\;` `\\,` `\\\\` themselves; any other backslash is an error. */
export function unescapeText(value: string): string {
  return value.replace(/\\(.)|\\$/gs, (whole, c: string | undefined) => {
    if (c === 'n' || c === 'N') return '\n'
    if (c === ';' || c === ',' || c === '\\') return c
    throw new Error(`iCalendar: bad escape ${JSON.stringify(whole)}`)
  })
}

/** Whether a TEXT value has an unescaped `;` or `,` (which would split it into several values). */
export const hasBareSeparator = (value: string) => /[;,]/.test(value.replace(/\\./gs, ''))
