import { cancelSignup } from '../../../db/signupStore'

/** Cancels from the personal link; the next person waiting moves up at once. */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, tokenParamSchema)
  const database = await useDatabase()
  const { signup, promoted } = await cancelSignup(database, token)
  if (!signup) throw apiError(404, 'signupNotFound')
  // The student's own notice and the promoted people's were queued with the cancellation.
  deliverQueuedMail(event, database)
  return { status: signup.status, promoted: promoted.length }
})
