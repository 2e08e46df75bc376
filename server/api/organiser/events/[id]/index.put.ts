import { findEvent, updateEvent } from '../../../../db/eventStore'
import { deliverOutbox } from '../../../../mail/deliver'

/** Saves an edit. A new time or a cancellation of a published walk is told to everyone signed up (queued with the edit). */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const current = await findEvent(database, id)
  if (!current) throw apiError(404, 'eventNotFound')
  const values = await readEventInput(event, current.startsAt)
  const saved = await updateEvent(database, id, values)
  if (!saved) throw apiError(404, 'eventNotFound')
  if (saved.notified) event.waitUntil(deliverOutbox(database, event).catch(() => 0))
  return { id, notified: saved.notified > 0 }
})
