import { inviteAcceptSchema, inviteTokenSchema } from '../../../shared/schemas/invite'
import { acceptInvite } from '../../db/inviteStore'

/** The volunteer uses the link: their account is created, the link stops working, and they are logged in. */
export default defineEventHandler(async (event) => {
  const { token } = await getValidatedRouterParams(event, inviteTokenSchema.parse)
  const parsed = inviteAcceptSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    const user = await acceptInvite(await useDatabase(), token, parsed.data)
    await setUserSession(event, { user, loggedInAt: Date.now() })
    setResponseStatus(event, 201)
    return { name: user.name, role: user.role }
  }
  catch (error) {
    throw inviteApiError(error)
  }
})
