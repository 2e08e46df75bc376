import { signupSchema } from '../../../../shared/schemas/signup'
import type { SignupResult } from '../../../../shared/types/event'
import { createSignup, SignupRefused, waitingListPosition } from '../../../db/signupStore'

/** A student signs up, no account needed; repeating the same request returns the same sign-up. */
export default defineEventHandler(async (event): Promise<SignupResult> => {
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const parsed = signupSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    const { signup, created } = await createSignup(database, id, parsed.data)
    const position = await waitingListPosition(database, signup)
    if (created) {
      const recipient = { name: signup.name!, email: signup.email!, language: signup.language, token: signup.token, position }
      event.waitUntil(noticeSignups(database, id, signup.status === 'waiting' ? 'waiting' : 'confirmed', [recipient], event))
    }
    setResponseStatus(event, created ? 201 : 200)
    return { token: signup.token, status: signup.status, position, created }
  }
  catch (error) {
    if (error instanceof SignupRefused) {
      throw error.reason === 'eventNotFound' ? apiError(404, 'eventNotFound') : apiError(409, error.reason)
    }
    throw error
  }
})
