import { z } from './zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import { multiLineText, singleLineText } from './text'

/** Longest accepted lengths, which the form states in its messages. */
export const REFLECTION_MAX_LENGTH = { text: 1000, firstName: 40 } as const

/** A photo as the phone sends it, before the server re-encodes it (metadata, EXIF and GPS dropped). */
export const PHOTO_UPLOAD = {
  maxBytes: 8 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp'] as const,
  /** Larger pictures are refused unread: a small file can claim a huge size. */
  maxPixels: 40_000_000,
  /** The stored photo's longest side. */
  longestSide: 1600,
} as const

/** Markup is refused, not escaped away: a reflection is plain text ("<3" and "a < b" are fine). */
const MARKUP = /<\s*[a-z!/?]/i

/** The reflection form, checked alike in the browser and by the API; messages are keys under `reflection.errors`. */
export const reflectionSchema = z.strictObject({
  text: multiLineText('text').trim().min(1, 'text').max(REFLECTION_MAX_LENGTH.text, 'text').refine(text => !MARKUP.test(text), 'markup'),
  language: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]], 'language'),
  stopSlug: z.string('stopSlug').regex(/^[a-z0-9-]{1,80}$/, 'stopSlug').nullable(),
  firstName: singleLineText('firstName').trim().min(1, 'firstName').max(REFLECTION_MAX_LENGTH.firstName, 'firstName')
    .regex(/^[\p{L}\p{M} '’\-.]+$/u, 'firstName').nullable(),
  consent: z.literal(true, 'consent'),
  /** Takes the stored photo away. */
  removePhoto: z.boolean('removePhoto').optional(),
})

export type ReflectionInput = z.infer<typeof reflectionSchema>

export const reflectionDecisionSchema = z.strictObject({
  status: z.enum(['approved', 'hidden'], 'status'),
})

/** The public list: one walk's reflections or one stop's. */
export const reflectionQuerySchema = z.union([
  z.strictObject({ event: z.uuid() }),
  z.strictObject({ stop: z.string().regex(/^[a-z0-9-]{1,80}$/) }),
])
