import type { AttendeeList } from '../../../../../../shared/types/organiser'
import { attendeesOf } from '../../../../../db/attendeeStore'
import { findEvent } from '../../../../../db/eventStore'

export default defineEventHandler(async (event): Promise<AttendeeList> => {
  const { id } = await routeParams(event, idParamSchema)
  const locale = await getLocaleQuery(event)
  const { database } = await requireEventOrganiser(event, id)
  const [row, rows, content] = await Promise.all([findEvent(database, id), attendeesOf(database, id), loadContentSnapshot(event)])
  if (!row) throw apiError(404, 'eventNotFound')
  return { event: toOrganiserEvent(content, row, rows, locale, 'organiser'), attendees: rows.map(toAttendee) }
})
