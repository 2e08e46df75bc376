import { z } from './zod'
import { multiLineText, singleLineText } from './text'
import { stopPhotoSchema } from './stopPhoto'

/**
 * Content schemas, shared by content.config.ts, the content unit tests and (later) the studio.
 * Language-independent facts of a stop live once in `content/stops/<slug>.yml`;
 * each language has its own `content/stops/<locale>/<slug>.md` with the prose.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A WGS-84 position; `accuracyM` is the radius in metres within which the real place lies. */
export const positionSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracyM: z.number().positive().max(2000),
})

export const sourceSchema = z.strictObject({
  title: singleLineText().min(3),
  publisher: singleLineText().min(2).optional(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
})

/** Whether and how a stop can be visited, as far as its sources say. */
export const VISITING_STATUSES = ['open', 'groundsOpen', 'byArrangement', 'mayNeedBooking', 'publicSpace', 'unconfirmed'] as const

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)

const sourceIndex = z.number().int().nonnegative().max(999)

/** What a source said, when it held (absent: undated, shown as not confirmed) and which source said it. */
const claimedBy = <Source extends z.ZodType>(source: Source) => ({
  asOf: z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/).optional(),
  source: source.optional(),
})

/** A stop's practical block; `source` is what a claim cites: an index into the stop's `sources` in the published file. */
const practicalWith = <Source extends z.ZodType>(source: Source) => z.strictObject({
  visiting: z.strictObject({ status: z.enum(VISITING_STATUSES), ...claimedBy(source) }),
  /** People live here: readers are asked to keep their voices down. */
  residential: z.boolean().optional(),
  hours: z.strictObject({
    /** Days are ISO weekdays (1 is Monday); a period with no days holds every day. */
    periods: z.array(z.strictObject({
      days: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
      opens: clockTime,
      closes: clockTime,
    })).min(1).max(7),
    ...claimedBy(source),
  }).optional(),
  admission: z.strictObject({ free: z.boolean(), ...claimedBy(source) }).optional(),
})

/** The stop's `sources`, counted from 0. */
export const practicalSchema = practicalWith(sourceIndex)

/** A claim a volunteer checked on site cites their visit; approval adds the visit to the stop's sources. */
export const SITE_VISIT = 'visit'

/** How a volunteer's visit is listed among a stop's sources (pages name it in the reader's language). */
export const SITE_VISIT_SOURCE = { title: 'Checked on site by a Citywalk volunteer', publisher: 'Citywalk volunteers' } as const

/** The practical block as the studio edits it: a claim cites a listed source or the volunteer's own visit. */
export const practicalEditSchema = practicalWith(z.union([sourceIndex, z.literal(SITE_VISIT)]))

export const stopFactsSchema = z.strictObject({
  nameZh: singleLineText().min(2),
  addressZh: singleLineText().min(4),
  position: positionSchema,
  /** True when opening hours or access may have changed: readers are told to check on site. */
  accessCheckOnSite: z.boolean(),
  practical: practicalSchema,
  /** A volunteer's photo of the site, to recognise it from the pavement. */
  photo: stopPhotoSchema.optional(),
  sources: z.array(sourceSchema).min(1),
}).superRefine((facts, context) => {
  const claims = { visiting: facts.practical.visiting, hours: facts.practical.hours, admission: facts.practical.admission }
  for (const [name, claim] of Object.entries(claims)) {
    if (claim?.source !== undefined && claim.source >= facts.sources.length) {
      context.addIssue({ code: 'custom', path: ['practical', name, 'source'], message: `No source number ${claim.source}: this stop lists ${facts.sources.length} (counted from 0)` })
    }
  }
})

/**
 * A stop's narration in one language: `content/narration/<locale>/<slug>.yml`, beside the audio in
 * `public/narration/`. A recorded track always wins; `npm run narration` never overwrites one.
 */
export const narrationSchema = z.strictObject({
  kind: z.enum(['recorded', 'synthesised']),
  durationS: z.number().positive().max(3600),
  /** Start in seconds of the title and of each top-level block of the body, for the transcript. */
  cues: z.array(z.number().nonnegative()).min(1),
  sources: z.array(z.strictObject({
    src: z.string().regex(/^\/narration\/[a-z]{2}\/[a-z0-9-]+(?:\.[a-z0-9]+)+$/),
    type: z.string().min(5),
    bytes: z.number().int().positive(),
  })).min(1),
  /** For synthesised tracks: hash of the engine, voice and text they were made from. */
  textHash: z.string().regex(/^[0-9a-f]{12}$/).optional(),
  engine: singleLineText().optional(),
  /** Set by the studio when a text it approved changed what the track says: `npm run narration` makes it anew. */
  stale: z.literal(true).optional(),
})

/** Languages written from the content brief rather than translated. */
export const ORIGINAL_LOCALES = ['en', 'zh'] as const

export const isOriginalLocale = (locale: string) => (ORIGINAL_LOCALES as readonly string[]).includes(locale)

/**
 * Which version of its source a translation was made from (see scripts/lib/sourceHash.ts).
 * Absent on originals: the English and Chinese texts are both written from the content brief.
 */
export const translatedFromSchema = z.strictObject({
  locale: z.enum(ORIGINAL_LOCALES),
  hash: z.string().regex(/^[0-9a-f]{12}$/),
}).optional()

/** Questions a reader may think over at a stop: one per line, at most three, each a sentence. */
export const MAX_QUESTIONS = 3
export const MAX_QUESTION_CHARS = 200
export const questionLines = (text: string) => text.split('\n').map(line => line.trim()).filter(Boolean)
const questionsText = () => multiLineText()
  .refine(text => questionLines(text).length <= MAX_QUESTIONS && questionLines(text).every(line => line.length >= 10 && line.length <= MAX_QUESTION_CHARS), {
    message: `At most ${MAX_QUESTIONS} questions, one per line, each 10 to ${MAX_QUESTION_CHARS} characters`,
    params: { questions: true },
  })

export const stopTextSchema = z.strictObject({
  title: singleLineText().min(2).max(80),
  summary: multiLineText().min(10).max(200),
  address: singleLineText().min(4),
  accessNotes: multiLineText().min(10),
  questions: questionsText().optional(),
  translatedFrom: translatedFromSchema,
})

export const stationSchema = z.strictObject({
  nameZh: singleLineText().min(2),
  lines: z.array(singleLineText().min(1)).min(1),
  position: positionSchema,
})

const latLngPair = z.tuple([z.number(), z.number()])

/** Warnings for the whole walk, each a translated sentence: lanes where people live, a path too narrow for a group. */
export const WALK_NOTES = ['residentialLanes', 'narrowPath'] as const

export const walkFactsSchema = z.strictObject({
  order: z.number().int().nonnegative(),
  practical: z.strictObject({ notes: z.array(z.enum(WALK_NOTES)) }),
  stops: z.array(z.string().regex(SLUG_PATTERN)).min(2),
  start: stationSchema,
  end: stationSchema,
  /** Optional points walked between two stops, keyed by the slug of the stop the leg leaves from ("start" for the first leg). */
  path: z.record(z.string(), z.array(latLngPair).min(1)).optional(),
})

export const walkTextSchema = z.strictObject({
  title: singleLineText().min(2).max(80),
  summary: multiLineText().min(10).max(240),
  startLabel: singleLineText().min(2),
  endLabel: singleLineText().min(2),
  translatedFrom: translatedFromSchema,
})

/** "How this walk began": one page per language, `content/story/<locale>.md`. */
export const storyTextSchema = z.strictObject({
  title: singleLineText().min(2).max(80),
  summary: multiLineText().min(10).max(240),
})

/**
 * One language's glossary, `content/glossary/<locale>.yml`: the words its UI strings and content write
 * one way. `content:check` refuses any spelling in `avoid`; the studio shows the list to volunteers.
 */
export const glossarySchema = z.strictObject({
  register: multiLineText().min(3),
  terms: z.array(z.strictObject({
    term: singleLineText().min(1),
    /** What it stands for, in English or Chinese, for volunteers of other languages. */
    means: singleLineText().min(1),
    avoid: z.array(singleLineText().min(2)).optional(),
    note: multiLineText().min(2).optional(),
  })).min(1),
})

export type Glossary = z.infer<typeof glossarySchema>
export type Position = z.infer<typeof positionSchema>
export type Source = z.infer<typeof sourceSchema>
export type StopFacts = z.infer<typeof stopFactsSchema>
export type Practical = z.infer<typeof practicalSchema>
export type PracticalEdit = z.infer<typeof practicalEditSchema>
export type VisitingStatus = typeof VISITING_STATUSES[number]
export type StopText = z.infer<typeof stopTextSchema>
export type Station = z.infer<typeof stationSchema>
export type WalkFacts = z.infer<typeof walkFactsSchema>
export type WalkNote = typeof WALK_NOTES[number]
export type WalkText = z.infer<typeof walkTextSchema>
export type Narration = z.infer<typeof narrationSchema>
