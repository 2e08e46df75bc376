import { deleteOwnData } from '../../../db/signupStore'

/** Deletes the student's own data; if they had a place, the next person waiting gets it and is told. */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, tokenParamSchema)
  const database = await useDatabase()
  const { signup, promoted } = await deleteOwnData(database, token)
  if (!signup) throw apiError(404, 'signupNotFound')
  const recipients = promoted.map(p => ({ name: p.name ?? '', email: p.email ?? '', language: p.language, token: p.token }))
  if (recipients.length) event.waitUntil(noticeSignups(database, signup.eventId, 'promoted', recipients, event))
  return { deleted: true, promoted: promoted.length }
})
