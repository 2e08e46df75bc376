import type { EventInput } from '../../../../../shared/schemas/event'
import { toShanghaiDateTimeValue } from '../../../../../shared/utils/shanghaiTime'
import { findEvent } from '../../../../db/eventStore'

/** The event as the edit form shows it. */
export default defineEventHandler(async (event): Promise<EventInput> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const row = await findEvent(database, id)
  if (!row) throw apiError(404, 'eventNotFound')
  return {
    walkSlug: row.walkSlug,
    stopSlugs: row.stopSlugs,
    meetingLat: row.meetingLat / 1e6,
    meetingLng: row.meetingLng / 1e6,
    meetingNote: row.meetingNote,
    startsAt: toShanghaiDateTimeValue(row.startsAt),
    durationMin: row.durationMin,
    capacity: row.capacity,
    guideLanguages: row.guideLanguages as EventInput['guideLanguages'],
    signupDeadline: toShanghaiDateTimeValue(row.signupDeadline),
    descriptions: row.descriptions,
    status: row.status,
  }
})
