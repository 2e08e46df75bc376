import { z } from 'zod'
import type { TicketCheckInResult } from '../../../../../shared/types/organiser'
import { normaliseTicketCode } from '../../../../../shared/utils/ticketCode'
import { checkInByCode } from '../../../../db/attendeeStore'

const bodySchema = z.object({ code: z.string().max(64).transform(normaliseTicketCode).refine(code => code !== null, 'code') }).strict()

const REFUSALS = {
  unknown: [404, 'ticketUnknown'],
  otherEvent: [409, 'ticketOtherEvent'],
  waiting: [409, 'ticketWaiting'],
  cancelled: [409, 'ticketCancelled'],
} as const

/** Check-in at the door by the code on a student's ticket (scanned or typed), for this event only. */
export default defineEventHandler(async (event): Promise<TicketCheckInResult> => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = bodySchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database } = await requireCheckInOpen(event, id)
  const result = await checkInByCode(database, id, parsed.data.code!)
  if (result.outcome === 'checkedIn' || result.outcome === 'alreadyCheckedIn') {
    return { newlyCheckedIn: result.outcome === 'checkedIn', attendee: toAttendee(result.signup) }
  }
  const [status, key] = REFUSALS[result.outcome]
  throw apiError(status, key)
})
