import { inviteTokenSchema } from '../../../shared/schemas/invite'
import type { InviteView } from '../../../shared/types/studio'
import { findInvite } from '../../db/inviteStore'

/** What the invite page shows before the volunteer chooses a name and password. */
export default defineEventHandler(async (event): Promise<InviteView> => {
  const { token } = await routeParams(event, inviteTokenSchema)
  try {
    const { email, expiresAt } = await findInvite(await useDatabase(), token)
    return { email, expiresAt: expiresAt.toISOString() }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
