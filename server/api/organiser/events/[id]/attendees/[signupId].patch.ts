import { z } from 'zod'
import { setCheckedIn } from '../../../../../db/attendeeStore'

const paramsSchema = idParamSchema.extend({ signupId: z.uuid() })
const bodySchema = z.object({ checkedIn: z.boolean() }).strict()

/** Tap-to-check-in from the list, on a co-organiser's phone (a guide checks tickets in by their code, without the list). */
export default defineEventHandler(async (event) => {
  const { id, signupId } = await routeParams(event, paramsSchema)
  const parsed = bodySchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database, role } = await requireCheckInOpen(event, id)
  if (role !== 'organiser') throw apiError(403, 'guideOnly')
  const row = await setCheckedIn(database, id, signupId, parsed.data.checkedIn)
  if (!row) throw apiError(404, 'signupNotFound')
  return { checkedIn: row.checkedInAt !== null }
})
