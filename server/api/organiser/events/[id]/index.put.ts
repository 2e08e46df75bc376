import { activeSignups, findEvent, updateEvent } from '../../../../db/eventStore'

/** Saves an edit. A new time or a cancellation of a published walk is told to everyone signed up. */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const current = await findEvent(database, id)
  if (!current) throw apiError(404, 'eventNotFound')
  const values = await readEventInput(event, current.startsAt)
  const saved = await updateEvent(database, id, values)
  if (!saved) throw apiError(404, 'eventNotFound')
  const { before, after } = saved
  const cancelled = before.status === 'published' && after.status === 'cancelled'
  const moved = before.status === 'published' && after.status === 'published' && before.startsAt.getTime() !== after.startsAt.getTime()
  if (cancelled || moved) {
    const people = (await activeSignups(database, id)).map(p => ({ name: p.name ?? '', email: p.email ?? '', language: p.language, token: p.token }))
    // Calendar apps replace an entry whose SEQUENCE grew.
    const sequence = Math.floor(after.updatedAt.getTime() / 1000)
    event.waitUntil(noticeSignups(database, id, cancelled ? 'cancelled' : 'changed', people, event, sequence))
  }
  return { id, notified: cancelled || moved }
})
