import { z } from './zod'
import { SLUG_PATTERN, VISITING_STATUSES, positionSchema, sourceSchema } from './content'
import { singleLineText } from './text'

/**
 * A stop a volunteer proposes from the studio: its facts (what `content/stops/<slug>.yml` will say) and
 * where it goes on a walk; its English text is written in the editor like any other.
 */
export const newStopSchema = z.strictObject({
  slug: z.string().min(3).max(60).regex(SLUG_PATTERN),
  nameZh: singleLineText().trim().min(2).max(80),
  addressZh: singleLineText().trim().min(4).max(120),
  position: positionSchema,
  visiting: z.enum(VISITING_STATUSES),
  source: sourceSchema,
  walk: z.string().max(80).regex(SLUG_PATTERN),
  /** The stop it follows on the walk; null puts it first. */
  after: z.string().max(80).regex(SLUG_PATTERN).nullable(),
})
export type NewStop = z.infer<typeof newStopSchema>
