import type { H3Event } from 'h3'
import { AUDIO_UPLOAD } from '../../shared/schemas/submission'
import { PHOTO_UPLOAD } from '../../shared/schemas/reflection'
import { STOP_PHOTO_UPLOAD } from '../../shared/schemas/stopPhoto'

/**
 * Checks every state-changing API request before any handler runs: same-site only, a bounded
 * JSON body, and a per-address rate limit on sign-ups.
 */
const MAX_BODY_BYTES = 16 * 1024
/** A studio draft holds a text of up to 40,000 characters, up to 4 bytes each in UTF-8, and its fields. */
const DRAFT_PATH = /^\/api\/studio\/drafts$/
const MAX_DRAFT_BYTES = 512 * 1024
/** The routes that take a file, checked again by their handlers: a studio recording (WAV), a reflection's photo, a stop's photo. */
const AUDIO_UPLOAD_PATH = /^\/api\/studio\/submissions\/[^/]+\/audio$/
const PHOTO_UPLOAD_PATH = /^\/api\/signups\/[^/]+\/reflection\/photo$/
const STOP_PHOTO_UPLOAD_PATH = /^\/api\/studio\/submissions\/[^/]+\/photo$/
const signupLimiter = createRateLimiter('signup', Number(process.env.CITYWALK_SIGNUP_RATE_PER_MINUTE || 30), 60_000)

export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/') || ['GET', 'HEAD', 'OPTIONS'].includes(event.method)) return

  // Browsers say where a request comes from; a form on another site must not act for our users.
  const site = getRequestHeader(event, 'sec-fetch-site')
  const origin = getRequestHeader(event, 'origin')
  if ((site && site !== 'same-origin' && site !== 'none') || (origin && !isOurOrigin(event, origin))) {
    throw apiError(403, 'crossSite')
  }

  const length = Number(getRequestHeader(event, 'content-length') ?? 0)
  if (AUDIO_UPLOAD_PATH.test(event.path.split('?')[0]!)) {
    if (length > AUDIO_UPLOAD.maxBytes) throw apiError(413, 'audioTooLarge')
    if (getRequestHeader(event, 'content-type') !== AUDIO_UPLOAD.type) throw apiError(415, 'audioInvalid')
    return
  }
  if (PHOTO_UPLOAD_PATH.test(event.path.split('?')[0]!)) {
    if (length > PHOTO_UPLOAD.maxBytes) throw apiError(413, 'photoTooLarge')
    if (!(PHOTO_UPLOAD.types as readonly string[]).includes(getRequestHeader(event, 'content-type') ?? '')) throw apiError(415, 'photoInvalid')
    return
  }
  if (event.method === 'PUT' && STOP_PHOTO_UPLOAD_PATH.test(event.path.split('?')[0]!)) {
    if (length > STOP_PHOTO_UPLOAD.maxBytes) throw apiError(413, 'photoTooLarge')
    if (!(STOP_PHOTO_UPLOAD.types as readonly string[]).includes(getRequestHeader(event, 'content-type') ?? '')) throw apiError(415, 'photoInvalid')
    return
  }
  const limit = DRAFT_PATH.test(routePath(event)) ? MAX_DRAFT_BYTES : MAX_BODY_BYTES
  if (length > limit) throw apiError(413, 'bodyTooLarge')
  const type = getRequestHeader(event, 'content-type') ?? ''
  if (length > 0 && !type.startsWith('application/json')) throw apiError(415, 'invalidInput')
  const body = await readBoundedBody(event, limit, 'bodyTooLarge')
  if (body.length > 0 && !type.startsWith('application/json')) throw apiError(415, 'invalidInput')
  if (body.length > 0) handOverJson(event, body)

  // Normalised first: a trailing slash or a doubled one reaches the same handler and must meet the same limit.
  if (/^\/api\/events\/[^/]+\/signups$/.test(routePath(event))) {
    if (!(await signupLimiter.hit(clientAddress(event)))) throw apiError(429, 'tooManyRequests')
  }
})

const utf8 = new TextDecoder('utf-8', { fatal: true })
/** Where h3's readBody looks first for a body already parsed. */
const PARSED_BODY = Symbol.for('h3ParsedBody')

/**
 * Parses a JSON body once, strictly, for every handler. h3's own reading would answer malformed JSON
 * with an untranslated 400, turn bytes that are not UTF-8 into U+FFFD, and, for `application/json;
 * charset=utf-8`, silently drop `__proto__` and `constructor` members, so a strict schema never saw them.
 * JSON.parse keeps `constructor` as a plain own member, which a strict schema refuses as unknown; a
 * `__proto__` member, which zod's records skip without a word, is refused here, wherever it is.
 */
function handOverJson(event: H3Event, body: Buffer) {
  let parsed: unknown
  try {
    parsed = JSON.parse(utf8.decode(body), refuseProto)
  }
  catch {
    throw apiError(400, 'invalidInput')
  }
  Reflect.set(event.node.req, PARSED_BODY, parsed)
}

function refuseProto(key: string, value: unknown) {
  if (key === '__proto__') throw new SyntaxError('__proto__ member')
  return value
}

/** The configured public origin, or the Host this request was sent to; X-Forwarded-Host is anyone's to invent. */
function isOurOrigin(event: H3Event, origin: string): boolean {
  const sent = parseOrigin(origin)
  if (!sent) return false
  const configured = publicOrigin()
  return (configured !== null && new URL(configured).origin === sent) || new URL(sent).host === getRequestHost(event)
}
