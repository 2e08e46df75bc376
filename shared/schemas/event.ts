import { z } from './zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import { SLUG_PATTERN } from './content'
import { multiLineText } from './text'
import { parseShanghaiDateTime } from '../utils/shanghaiTime'

/** The organiser's event form, checked alike in the browser and by the API. Messages name the field at fault. */
const localeEnum = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const shanghaiDateTime = (field: string) => z.string(field).refine(value => parseShanghaiDateTime(value) !== null, field)
const textsByLocale = (field: string, max: number) => z.partialRecord(localeEnum, multiLineText(field).trim().max(max, field), field)
  .refine(texts => Object.values(texts).some(text => text.length > 0), field)

export const eventSchema = z.strictObject({
  walkSlug: z.string('walkSlug').regex(SLUG_PATTERN, 'walkSlug').nullable(),
  stopSlugs: z.array(z.string('stopSlugs').regex(SLUG_PATTERN, 'stopSlugs'), 'stopSlugs').min(1, 'stopSlugs').max(30, 'stopSlugs'),
  meetingLat: z.number('meetingPoint').min(30.6, 'meetingPoint').max(31.9, 'meetingPoint'),
  meetingLng: z.number('meetingPoint').min(120.8, 'meetingPoint').max(122.2, 'meetingPoint'),
  meetingNote: textsByLocale('meetingNote', 500),
  startsAt: shanghaiDateTime('startsAt'),
  durationMin: z.number('durationMin').int('durationMin').min(15, 'durationMin').max(720, 'durationMin'),
  capacity: z.number('capacity').int('capacity').min(1, 'capacity').max(500, 'capacity'),
  guideLanguages: z.array(localeEnum, 'guideLanguages').min(1, 'guideLanguages'),
  signupDeadline: shanghaiDateTime('signupDeadline'),
  descriptions: textsByLocale('descriptions', 2000),
  status: z.enum(['draft', 'published', 'cancelled'], 'status'),
}).refine((event) => {
  // Zod runs this even when a date above failed; that failure is reported already.
  const deadline = parseShanghaiDateTime(event.signupDeadline)
  const start = parseShanghaiDateTime(event.startsAt)
  return !deadline || !start || deadline.getTime() <= start.getTime()
}, { message: 'signupDeadline', path: ['signupDeadline'] })

export type EventInput = z.infer<typeof eventSchema>

/** How far ahead a walk may be planned. */
export const MAX_PLANNING_DAYS = 730

/**
 * The event form at the moment `now`: a new or moved start lies between now and two years ahead.
 * `savedStartsAt` is the start as the edit form showed it; an edit that keeps it saves, even once the walk is past.
 */
export function eventSchemaAt(now: Date, savedStartsAt: string | null = null) {
  return eventSchema.refine((event) => {
    const start = parseShanghaiDateTime(event.startsAt)
    if (!start || event.startsAt === savedStartsAt) return true
    return start.getTime() >= now.getTime() && start.getTime() <= now.getTime() + MAX_PLANNING_DAYS * 86_400_000
  }, { message: 'startsAt', path: ['startsAt'] })
}
