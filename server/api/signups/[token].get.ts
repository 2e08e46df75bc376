import { eq } from 'drizzle-orm'
import type { PersonalSignup } from '../../../shared/types/event'
import { countSignups, findEvent } from '../../db/eventStore'
import { waitingListPosition } from '../../db/signupStore'

/** The personal page behind the link in the confirmation e-mail. */
export default defineEventHandler(async (event): Promise<PersonalSignup> => {
  const { token } = await routeParams(event, tokenParamSchema)
  const locale = await getLocaleQuery(event)
  const database = await useDatabase()
  const [signup] = await database.db.select().from(database.tables.signups).where(eq(database.tables.signups.token, token))
  const row = signup && await findEvent(database, signup.eventId)
  if (!signup || !row) throw apiError(404, 'signupNotFound')
  const [counts, content] = await Promise.all([countSignups(database, [row.id]), loadContentSnapshot(event)])
  return {
    status: signup.status,
    name: signup.name,
    position: await waitingListPosition(database, signup),
    checkedIn: signup.checkedInAt !== null,
    deleted: signup.personalDataDeletedAt !== null,
    ticket: signup.status === 'confirmed' ? toSignupTicket(signup.checkinCode) : null,
    event: toEventSummary(content, row, counts.get(row.id)!, locale, new Date()),
  }
})
