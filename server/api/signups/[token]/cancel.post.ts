import { cancelSignup } from '../../../db/signupStore'

/** Cancels from the personal link; the next person waiting moves up at once. */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, tokenParamSchema)
  const database = await useDatabase()
  const { signup, promoted } = await cancelSignup(database, token)
  if (!signup) throw apiError(404, 'signupNotFound')
  const recipients = promoted.map(p => ({ name: p.name ?? '', email: p.email ?? '', language: p.language, token: p.token }))
  if (recipients.length) event.waitUntil(noticeSignups(database, signup.eventId, 'promoted', recipients, event))
  return { status: signup.status, promoted: promoted.length }
})
