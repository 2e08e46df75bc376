import { signupSchema } from '../../../../shared/schemas/signup'
import type { SignupResult } from '../../../../shared/types/event'
import { createSignup } from '../../../db/signupStore'

/**
 * A student signs up, no account needed. Every accepted request, new or repeated, gets the same answer:
 * the personal link (which can cancel) goes only to the address given, by e-mail, so knowing someone's
 * address never shows their ticket or lets anyone act for them.
 */
export default defineEventHandler(async (event): Promise<SignupResult> => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = signupSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    await createSignup(database, id, parsed.data, new Date())
    // The e-mail was queued with the sign-up; it is written and sent after the answer.
    deliverQueuedMail(event, database)
    setResponseStatus(event, 202)
    return { received: true }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
