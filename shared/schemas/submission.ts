import { z } from './zod'
import { LOCALE_CODES } from '../../i18n/registry'
import { scriptUrlIn } from '../markdown/linkSafety'
import { SLUG_PATTERN, positionSchema, practicalEditSchema, stopTextSchema, walkTextSchema } from './content'
import { multiLineText } from './text'
import type { SubmissionKind } from '../types/submission'

/** The front-matter fields a volunteer edits, per kind, in the order the form shows them. */
export const TEXT_FIELDS = {
  stop: ['title', 'summary', 'address', 'accessNotes', 'questions'],
  walk: ['title', 'summary', 'startLabel', 'endLabel'],
} as const satisfies Record<SubmissionKind, readonly string[]>

/** Fields shown as several lines. */
export const LONG_FIELDS: ReadonlySet<string> = new Set(['summary', 'accessNotes', 'questions'])

/** The published schema of each kind, without `translatedFrom`, which approval writes itself. */
export const publishedFieldsSchema = {
  stop: stopTextSchema.omit({ translatedFrom: true }),
  walk: walkTextSchema.omit({ translatedFrom: true }),
} as const

export const MAX_BODY_CHARS = 40_000

/** Tags and character references (`&#x61;`, `&lt;`): a one-line field is plain text. */
const MARKUP_PATTERN = /<\/?[a-z!?][^>]*>?|&(?:#x?[\da-f]+|[a-z][a-z\d]*);/i

/** Markup or a script URL in a one-line field would show as text at best; refused so a reviewer never has to wonder. */
export const hasMarkup = (value: string) => MARKUP_PATTERN.test(value) || scriptUrlIn(value) !== null

export const editorTargetSchema = z.strictObject({
  kind: z.enum(['stop', 'walk']),
  slug: z.string().regex(SLUG_PATTERN).max(80),
  locale: z.enum(LOCALE_CODES as [string, ...string[]]),
})

/** A draft as it is autosaved: any visible text as long as it is bounded; the strict checks come on submit. */
export const draftSaveSchema = editorTargetSchema.extend({
  fields: z.record(z.string().regex(/^[a-zA-Z]\w{0,39}$/), multiLineText().max(2000)).refine(fields => Object.keys(fields).length <= 8),
  body: multiLineText().max(MAX_BODY_CHARS),
  position: positionSchema.nullable(),
  /** The stop's practical block as the volunteer would publish it; null keeps the published one. */
  practical: practicalEditSchema.nullable().default(null),
})

export const reviewDecisionSchema = z.strictObject({ revision: z.number().int().positive() })
export const returnSchema = z.strictObject({ comment: multiLineText().trim().min(3).max(2000) })

export type EditorTarget = z.infer<typeof editorTargetSchema>
export type DraftSave = z.infer<typeof draftSaveSchema>

/** Recordings are sent as 16-bit PCM WAV (the browser decodes any format it plays): about 2.9 MB a minute at 24 kHz mono. */
export const AUDIO_UPLOAD = {
  type: 'audio/wav',
  maxBytes: 32 * 1024 * 1024,
  maxSeconds: 10 * 60,
  minSeconds: 1,
  sampleRate: 24_000,
} as const
