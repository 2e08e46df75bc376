import { z } from './zod'
import { SLUG_PATTERN, WALK_NOTES, stationSchema } from './content'

/**
 * A walk proposed from the studio: its stops in order (stops that exist), the stations it starts and ends
 * at, and its warnings; its English text is written in the editor like any other.
 */
export const newWalkSchema = z.strictObject({
  slug: z.string().min(3).max(60).regex(SLUG_PATTERN),
  stops: z.array(z.string().max(80).regex(SLUG_PATTERN)).min(2).max(12).refine(stops => new Set(stops).size === stops.length),
  start: stationSchema,
  end: stationSchema,
  notes: z.array(z.enum(WALK_NOTES)).max(WALK_NOTES.length).refine(notes => new Set(notes).size === notes.length),
})
export type NewWalk = z.infer<typeof newWalkSchema>
