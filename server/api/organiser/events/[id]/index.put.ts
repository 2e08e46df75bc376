import { findEvent, updateEvent } from '../../../../db/eventStore'

/**
 * Saves an edit. A new time or a cancellation of a published walk is told to everyone signed up; more
 * places move people up from the waiting list; fewer places than people hold is refused.
 */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const current = await findEvent(database, id)
  if (!current) throw apiError(404, 'eventNotFound')
  const values = await readEventInput(event, current.startsAt)
  const saved = await updateEvent(database, id, values).catch((error) => {
    throw apiErrorFor(error)
  })
  if (!saved) throw apiError(404, 'eventNotFound')
  if (saved.notified || saved.promoted) deliverQueuedMail(event, database)
  return { id, notified: saved.notified > 0, promoted: saved.promoted }
})
