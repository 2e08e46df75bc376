import { deleteOwnData } from '../../../db/signupStore'

/** Deletes the student's own data; if they had a place, the next person waiting gets it and is told. */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, tokenParamSchema)
  const database = await useDatabase()
  const { signup, promoted } = await deleteOwnData(database, token)
  if (!signup) throw apiError(404, 'signupNotFound')
  // The promoted people's notices were queued with the cancellation.
  if (promoted.length) deliverQueuedMail(event, database)
  return { deleted: true, promoted: promoted.length }
})
