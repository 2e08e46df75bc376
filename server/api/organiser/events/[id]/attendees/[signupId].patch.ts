import { z } from 'zod'
import { setCheckedIn } from '../../../../../db/attendeeStore'
import { moveSignupByHand, type HandMoveRefusal } from '../../../../../db/handMoves'
import type { ApiErrorKey } from '../../../../../../shared/types/apiError'

const paramsSchema = idParamSchema.extend({ signupId: z.uuid() })
const bodySchema = z.union([
  z.object({ checkedIn: z.boolean() }).strict(),
  // Past the capacity only when the organiser confirmed it after being told the walk is full.
  z.object({ status: z.enum(['confirmed', 'waiting']), overCapacity: z.boolean().optional() }).strict(),
])

const MOVE_REFUSALS: Record<HandMoveRefusal, [number, ApiErrorKey]> = {
  notFound: [404, 'signupNotFound'],
  cancelled: [409, 'moveCancelledSignup'],
  overCapacity: [409, 'moveOverCapacity'],
  nobodyWaiting: [409, 'moveNobodyWaiting'],
  checkedIn: [409, 'moveCheckedIn'],
}

/**
 * From the list, on a co-organiser's phone: tap-to-check-in (a guide checks tickets in by their code, without
 * the list), or moving a student by hand between the waiting list and a place, which e-mails them.
 */
export default defineEventHandler(async (event) => {
  const { id, signupId } = await routeParams(event, paramsSchema)
  const parsed = bodySchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const body = parsed.data
  // Nobody arrives for, or moves within, a cancelled walk (409 cancelled).
  const { database, role } = await requireCheckInOpen(event, id)
  if (role !== 'organiser') throw apiError(403, 'guideOnly')
  if ('checkedIn' in body) {
    const row = await setCheckedIn(database, id, signupId, body.checkedIn)
    if (!row) throw apiError(404, 'signupNotFound')
    return { checkedIn: row.checkedInAt !== null }
  }
  const outcome = await moveSignupByHand(database, id, signupId, body.status, { overCapacity: body.overCapacity ?? false })
  if ('refused' in outcome) throw apiError(...MOVE_REFUSALS[outcome.refused])
  if (outcome.changed) deliverQueuedMail(event, database)
  return { status: outcome.moved.status, promoted: outcome.promoted.length }
})
