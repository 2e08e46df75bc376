import { z } from './zod'

/** How many walks one repeat may create: three months of a weekly walk. */
export const MAX_REPEATS = 12

/** Repeating a walk on other days, as separate walks: Shanghai dates, drafts unless published at once. */
export const eventRepeatSchema = z.strictObject({
  dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).min(1).max(MAX_REPEATS)
    .refine(dates => new Set(dates).size === dates.length, { message: 'duplicate date' }),
  status: z.enum(['draft', 'published']),
})

export type EventRepeat = z.infer<typeof eventRepeatSchema>
