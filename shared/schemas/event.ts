import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import { SLUG_PATTERN } from './content'
import { parseShanghaiDateTime } from '../utils/shanghaiTime'

/** The organiser's event form, checked alike in the browser and by the API. Messages name the field at fault. */
const localeEnum = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]])
const shanghaiDateTime = (field: string) => z.string().refine(value => parseShanghaiDateTime(value) !== null, field)
const textsByLocale = (field: string, max: number) => z.partialRecord(localeEnum, z.string().trim().max(max, field))
  .refine(texts => Object.values(texts).some(text => text.length > 0), field)

export const eventSchema = z.object({
  walkSlug: z.string().regex(SLUG_PATTERN, 'walkSlug').nullable(),
  stopSlugs: z.array(z.string().regex(SLUG_PATTERN, 'stopSlugs')).min(1, 'stopSlugs').max(30, 'stopSlugs'),
  meetingLat: z.number('meetingPoint').min(30.6, 'meetingPoint').max(31.9, 'meetingPoint'),
  meetingLng: z.number('meetingPoint').min(120.8, 'meetingPoint').max(122.2, 'meetingPoint'),
  meetingNote: textsByLocale('meetingNote', 500),
  startsAt: shanghaiDateTime('startsAt'),
  durationMin: z.number('durationMin').int('durationMin').min(15, 'durationMin').max(720, 'durationMin'),
  capacity: z.number('capacity').int('capacity').min(1, 'capacity').max(500, 'capacity'),
  guideLanguages: z.array(localeEnum).min(1, 'guideLanguages'),
  signupDeadline: shanghaiDateTime('signupDeadline'),
  descriptions: textsByLocale('descriptions', 2000),
  status: z.enum(['draft', 'published', 'cancelled'], 'status'),
}).strict().refine((event) => {
  // Zod runs this even when a date above failed; that failure is reported already.
  const deadline = parseShanghaiDateTime(event.signupDeadline)
  const start = parseShanghaiDateTime(event.startsAt)
  return !deadline || !start || deadline.getTime() <= start.getTime()
}, { message: 'signupDeadline', path: ['signupDeadline'] })

export type EventInput = z.infer<typeof eventSchema>
