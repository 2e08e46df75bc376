import type { OrganiserEvent } from '../../../../shared/types/organiser'
import { attendeesOf, eventsOf } from '../../../db/attendeeStore'

export default defineEventHandler(async (event): Promise<OrganiserEvent[]> => {
  const locale = await getLocaleQuery(event)
  // Organisers, and volunteers named guide of a walk: each sees the walks of their own team.
  const user = await requireEditor(event)
  const database = await useDatabase()
  const [rows, content] = await Promise.all([eventsOf(database, user.id), loadContentSnapshot(event)])
  return Promise.all(rows.map(async row => toOrganiserEvent(content, row, await attendeesOf(database, row.id), locale, row.teamRole)))
})
