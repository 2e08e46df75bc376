import { inviteCreateSchema } from '../../../shared/schemas/invite'
import type { InviteLink } from '../../../shared/types/studio'
import { createInvite } from '../../db/inviteStore'

/** An organiser makes a one-time link that lets a volunteer create their account. */
export default defineEventHandler(async (event): Promise<InviteLink> => {
  const parsed = inviteCreateSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const organiser = await requireOrganiser(event)
  const origin = publicOrigin()
  if (!origin) throw apiError(503, 'noPublicOrigin')
  try {
    const { token, expiresAt } = await createInvite(await useDatabase(), { email: parsed.data.email, invitedBy: organiser.id })
    setResponseStatus(event, 201)
    return { url: `${origin}/studio/invite/${token}`, email: parsed.data.email.toLowerCase(), expiresAt: expiresAt.toISOString() }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
