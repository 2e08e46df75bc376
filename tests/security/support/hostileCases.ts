import { request as httpRequest } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { API_ERROR_KEYS, type ApiErrorKey } from '../../../shared/types/apiError'

const ROOT = join(import.meta.dirname, '..', '..', '..')

/**
 * Who sends a hostile request: nobody, or one of the logged-in accounts (by the name of its cookie);
 * `ownerAtLogout` is a second session of the owner's, for the requests that try to end one.
 */
export type Sender = 'anonymous' | 'owner' | 'otherOrganiser' | 'volunteer' | 'ownerAtLogout'

/**
 * One request as an attacker's own client sends it: any method, path (sent byte for byte, so `../`
 * is not resolved away), headers (Host included; `undefined` drops a default) and body.
 */
export interface HostileRequest {
  method: string
  path: string
  as?: Sender
  /** Sent as JSON with `content-type: application/json` unless `headers` says otherwise. */
  json?: unknown
  /** Sent as it is: a string is UTF-8. */
  raw?: string | Buffer
  headers?: Record<string, string | undefined>
}

export interface HostileCase<Context> {
  label: string
  build: (context: Context) => HostileRequest
  /** The refusal's key when exactly one is right (e.g. crossSite); otherwise any key of API_ERROR_KEYS. */
  key?: ApiErrorKey
}

export interface Answer { status: number, text: string, headers: Record<string, string | string[] | undefined> }

/**
 * Sends `hostile` on a connection of its own (no reuse after a refused upload) with node:http, which
 * unlike fetch sends a Host of our choosing, no content type of its own and a path exactly as written.
 * Rejects on a reset or any other transport error: that is a failure, never a refusal.
 */
export function sendHostile(origin: string, cookies: Partial<Record<Sender, string>>, hostile: HostileRequest): Promise<Answer> {
  const url = new URL(origin)
  const body = hostile.json !== undefined ? Buffer.from(JSON.stringify(hostile.json)) : hostile.raw === undefined ? undefined : Buffer.from(hostile.raw)
  const defaults: Record<string, string | undefined> = {
    host: url.host,
    origin: url.origin,
    // As browsers do. With `close` the server rightly hangs up once it has answered, and a sender still
    // writing a large body then loses that answer to the reset its own unread bytes cause.
    connection: 'keep-alive',
    ...(hostile.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(body ? { 'content-length': String(body.length) } : {}),
    ...(hostile.as && hostile.as !== 'anonymous' ? { cookie: cookies[hostile.as] } : {}),
  }
  const headers = Object.fromEntries(Object.entries({ ...defaults, ...hostile.headers }).filter((entry): entry is [string, string] => entry[1] !== undefined))
  return new Promise((resolve, reject) => {
    let answered = false
    const sent = httpRequest({ hostname: url.hostname, port: url.port, method: hostile.method, path: hostile.path, headers, agent: false, setHost: false }, (answer) => {
      answered = true
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('end', () => {
        resolve({ status: answer.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: answer.headers })
        // An upload the server refused before reading all of it leaves the connection waiting: close it.
        sent.destroy()
      })
      answer.on('error', reject)
    })
    sent.setTimeout(20_000, () => sent.destroy(new Error('no answer within 20 s')))
    sent.on('error', (error) => {
      if (!answered) reject(error)
    })
    // As a browser does, a large body is sent a piece at a time and no more once the server has answered (a 413
    // comes early): a sender that keeps writing into a connection the server may close loses the answer to a reset.
    void (async () => {
      for (let offset = 0; body && offset < body.length && !answered && !sent.destroyed; offset += WRITE_PIECE) {
        if (!sent.write(body.subarray(offset, offset + WRITE_PIECE))) await new Promise(done => sent.once('drain', done).once('close', done))
      }
      if (!answered && !sent.destroyed) sent.end()
    })()
  })
}

const WRITE_PIECE = 64 * 1024

/** `errors.<key>` of every locale file, by locale. */
export function localeErrorMessages(): Record<string, Record<string, unknown>> {
  const dir = join(ROOT, 'i18n', 'locales')
  return Object.fromEntries(readdirSync(dir).filter(name => name.endsWith('.json')).map((name) => {
    const messages = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { errors?: Record<string, unknown> }
    return [name.replace(/\.json$/, ''), messages.errors ?? {}]
  }))
}

export function isApiErrorKey(key: unknown): key is ApiErrorKey {
  return typeof key === 'string' && (API_ERROR_KEYS as readonly string[]).includes(key)
}

export const MB = 1024 * 1024
/** A string of `bytes` ASCII letters. */
export const huge = (bytes = MB) => 'a'.repeat(bytes)

/** Values of the wrong type for any field. */
export const WRONG_TYPES: unknown[] = [null, 42, true, 'text', [], {}, -1.5, ['a', 'b']]

/** What only hides or fakes text, or breaks one line into several, in a field meant for one line. */
export const SINGLE_LINE_INJECTIONS: Record<string, string> = {
  'NUL': 'Li\u0000Wei',
  'CR LF and a header': 'Li\r\nBcc: everyone@example.org',
  'LF': 'Li\nWei',
  'CR': 'Li\rWei',
  'bidi override U+202E': 'Li\u202Egnp.exe',
  'bidi isolate U+2067': 'Li\u2067Wei',
  'line separator U+2028': 'Li\u2028Wei',
  'lone surrogate': 'Li\uD800Wei',
  'escape': 'Li\u001B[31mWei',
  'noncharacter U+FFFF': 'Li\uFFFFWei',
}

/** The same, for text that may have line breaks (descriptions, comments): the line breaks are allowed there. */
export const MULTI_LINE_INJECTIONS: Record<string, string> = {
  'NUL': 'A walk\u0000 along the creek.',
  'bidi override U+202E': 'A walk \u202Ekeerc eht gnola.',
  'bidi embedding U+202A': 'A walk \u202Aalong the creek.',
  'lone surrogate': 'A walk \uDC00along the creek.',
  'bell': 'A walk\u0007 along the creek.',
  'C1 control U+0085': 'A walk\u0085 along the creek.',
}

/** Zero-width characters: they make two different strings look the same, so names, addresses and ids refuse them. */
export const ZERO_WIDTH = { 'zero-width space': 'Li\u200BWei', 'zero-width joiner only': '\u200D', 'BOM inside': 'Li\uFEFFWei' }

export const SQL_METACHARACTERS = ['\' OR \'1\'=\'1', '1; DROP TABLE signups; --', '" OR ""="', 'x\' UNION SELECT password_hash FROM users --']

/** Path segments that try to leave their route or smuggle something into it, already percent-encoded where a client must. */
export const HOSTILE_SEGMENTS: Record<string, string> = {
  'dot-dot slash': '../../auth/login',
  'encoded dot-dot slash': '%2e%2e%2f%2e%2e%2fauth%2flogin',
  'double-encoded dot-dot': '%252e%252e%252f',
  'backslash traversal': '..%5c..%5cetc%5cpasswd',
  'encoded NUL': 'abc%00def',
  'SQL metacharacters': '1%27%20OR%20%271%27%3D%271',
  'bidi override': '%E2%80%AEevil',
  'overlong UTF-8 slash': '%C0%AF',
  'very long': 'a'.repeat(4000),
}

/** A JSON text whose arrays nest `depth` deep around `inner`. */
export const deeplyNested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`
/** Objects nested under key `key` as deep as fits in about 12 KB (under the 16 KB body limit). */
export const deeplyNestedObject = (key: string) => {
  const depth = Math.floor(12_000 / (key.length + 5))
  return `${`{"${key}":`.repeat(depth)}1${'}'.repeat(depth)}`
}

/** A JSON text of `value` with `extra` spliced in as raw members before its own (e.g. a duplicate or `__proto__` key). */
export function jsonWithRawMembers(value: object, extra: string): string {
  const text = JSON.stringify(value)
  return text === '{}' ? `{${extra}}` : `{${extra},${text.slice(1)}`
}

/** A JSON text of `value` with its last member's key written again, with `raw` as its value, at the end. */
export function jsonWithDuplicate(value: Record<string, unknown>, key: string, raw: string): string {
  return `${JSON.stringify(value).slice(0, -1)},${JSON.stringify(key)}:${raw}}`
}

/** Put where bytes that are not UTF-8 should go in a value given to `withInvalidUtf8`. */
export const NOT_UTF8 = 'NOT_UTF8_HERE'

/** The JSON text of `value` with bytes that are not UTF-8 (a truncated sequence, 0xFF, an encoded surrogate) wherever it holds NOT_UTF8. */
export function withInvalidUtf8(value: unknown): Buffer {
  const parts = JSON.stringify(value).split(NOT_UTF8)
  const bad = Buffer.from([0x4C, 0x69, 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80])
  return Buffer.concat(parts.flatMap((part, i) => (i ? [bad, Buffer.from(part)] : [Buffer.from(part)])))
}

/** A form post as a page on another site can send without asking (no CORS preflight). */
export const formEncoded = (value: Record<string, unknown>) => new URLSearchParams(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()

export function multipart(value: Record<string, unknown>): { body: string, type: string } {
  const boundary = '----citywalkHostileBoundary'
  const body = Object.entries(value).map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`).join('') + `--${boundary}--\r\n`
  return { body, type: `multipart/form-data; boundary=${boundary}` }
}

/**
 * The ways a valid body can be sent that the API must refuse before any handler acts on it: from
 * another site, or in a type a cross-site form could send, or too big, or not JSON.
 */
export function refusedEnvelopes(valid: Record<string, unknown>): { label: string, key?: ApiErrorKey, request: Pick<HostileRequest, 'json' | 'raw' | 'headers'> }[] {
  const form = multipart(valid)
  return [
    { label: 'from another site (Origin)', key: 'crossSite', request: { json: valid, headers: { origin: 'https://evil.example' } } },
    { label: 'from another site (Sec-Fetch-Site, no Origin)', key: 'crossSite', request: { json: valid, headers: { 'origin': undefined, 'sec-fetch-site': 'cross-site' } } },
    { label: 'from a sibling site (Sec-Fetch-Site same-site)', key: 'crossSite', request: { json: valid, headers: { 'sec-fetch-site': 'same-site' } } },
    { label: 'Origin null (sandboxed frame)', key: 'crossSite', request: { json: valid, headers: { origin: 'null' } } },
    { label: 'Origin our host on another port', key: 'crossSite', request: { json: valid, headers: { origin: 'http://127.0.0.1:1' } } },
    { label: 'cross-site Origin claiming our host in X-Forwarded-Host', key: 'crossSite', request: { json: valid, headers: { 'origin': 'https://evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } } },
    { label: 'cross-site Origin with a forged Host of a third site', key: 'crossSite', request: { json: valid, headers: { origin: 'https://evil.example', host: 'citywalk.example' } } },
    { label: 'cross-site Origin with a forged X-Forwarded-For', key: 'crossSite', request: { json: valid, headers: { 'origin': 'https://evil.example', 'x-forwarded-for': '127.0.0.1', 'forwarded': 'for=127.0.0.1;host=evil.example' } } },
    { label: 'form-encoded', key: 'invalidInput', request: { raw: formEncoded(valid), headers: { 'content-type': 'application/x-www-form-urlencoded' } } },
    { label: 'text/plain holding JSON', key: 'invalidInput', request: { raw: JSON.stringify(valid), headers: { 'content-type': 'text/plain' } } },
    { label: 'multipart', key: 'invalidInput', request: { raw: form.body, headers: { 'content-type': form.type } } },
    { label: 'JSON without a content type', key: 'invalidInput', request: { raw: JSON.stringify(valid) } },
    { label: 'malformed JSON', key: 'invalidInput', request: { raw: JSON.stringify(valid).slice(0, -3), headers: { 'content-type': 'application/json' } } },
    { label: 'JSON with a trailing comma', key: 'invalidInput', request: { raw: `${JSON.stringify(valid).slice(0, -1)},}`, headers: { 'content-type': 'application/json; charset=utf-8' } } },
    { label: 'padded with 1 MB of spaces', key: 'bodyTooLarge', request: { raw: `${JSON.stringify(valid)}${' '.repeat(MB)}`, headers: { 'content-type': 'application/json' } } },
    { label: 'padded to 1 MB, chunked without a length', key: 'bodyTooLarge', request: { raw: `${JSON.stringify(valid)}${' '.repeat(MB)}`, headers: { 'content-type': 'application/json', 'content-length': undefined, 'transfer-encoding': 'chunked' } } },
  ]
}
