import { signupSchema } from '../../../../shared/schemas/signup'
import type { SignupResult } from '../../../../shared/types/event'
import { createSignup, SignupRefused, waitingListPosition } from '../../../db/signupStore'
import { deliverOutbox } from '../../../mail/deliver'

/** A student signs up, no account needed; repeating the same request returns the same sign-up. */
export default defineEventHandler(async (event): Promise<SignupResult> => {
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const parsed = signupSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    const { signup, created } = await createSignup(database, id, parsed.data, new Date(), publicOrigin(event))
    const position = await waitingListPosition(database, signup)
    // The e-mail was queued with the sign-up; it is written and sent after the answer.
    if (created) event.waitUntil(deliverOutbox(database, event).catch(() => 0))
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
