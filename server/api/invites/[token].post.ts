import { inviteAcceptSchema, inviteTokenSchema } from '../../../shared/schemas/invite'
import { acceptInvite } from '../../db/inviteStore'
import { rememberLocale } from '../../db/userStore'

/** The volunteer uses the link: their account is created, the link stops working, and they are logged in. */
export default defineEventHandler(async (event) => {
  const { token } = await routeParams(event, inviteTokenSchema)
  const parsed = inviteAcceptSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    const database = await useDatabase()
    const user = await acceptInvite(database, token, parsed.data)
    await rememberLocale(database, user.id, pageLocale(event))
    await logIn(event, user)
    setResponseStatus(event, 201)
    return { name: user.name, role: user.role }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
