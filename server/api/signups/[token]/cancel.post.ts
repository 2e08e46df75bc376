import { cancelSignup } from '../../../db/signupStore'

/** Cancels from the personal link; the next person waiting moves up at once. */
export default defineEventHandler(async (event) => {
  const { token } = await getValidatedRouterParams(event, tokenParamSchema.parse)
  const database = await useDatabase()
  const { signup, promoted } = await cancelSignup(database, token)
  if (!signup) throw apiError(404, 'signupNotFound')
  return { status: signup.status, promoted: promoted.length }
})
