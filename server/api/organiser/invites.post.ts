import { inviteCreateSchema } from '../../../shared/schemas/invite'
import type { InviteLink } from '../../../shared/types/studio'
import { createInvite } from '../../db/inviteStore'

/** An organiser makes a one-time link that lets a volunteer create their account. */
export default defineEventHandler(async (event): Promise<InviteLink> => {
  const parsed = inviteCreateSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const organiser = await requireOrganiser(event)
  try {
    const { token, expiresAt } = await createInvite(await useDatabase(), { email: parsed.data.email, invitedBy: organiser.id })
    setResponseStatus(event, 201)
    return { url: `${publicOrigin(event)}/studio/invite/${token}`, email: parsed.data.email.toLowerCase(), expiresAt: expiresAt.toISOString() }
  }
  catch (error) {
    throw inviteApiError(error)
  }
})
