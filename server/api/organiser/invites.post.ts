import { inviteCreateSchema } from '../../../shared/schemas/invite'
import type { InviteLink } from '../../../shared/types/studio'
import { createInvite } from '../../db/inviteStore'
import { inviteMail } from '../../mail/inviteMail'

/** An organiser makes a one-time link that lets a volunteer create their account. */
export default defineEventHandler(async (event): Promise<InviteLink> => {
  const parsed = inviteCreateSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const organiser = await requireOrganiser(event)
  const origin = publicOrigin()
  if (!origin) throw apiError(503, 'noPublicOrigin')
  try {
    const { email, language, send } = parsed.data
    // The link opens the studio in the volunteer's language.
    const link = (token: string) => `${origin}${language === 'en' ? '' : `/${language}`}/studio/invite/${token}`
    const database = await useDatabase()
    const { token, expiresAt } = await createInvite(database, { email, invitedBy: organiser.id }, new Date(), send ? token => inviteMail(email, language, organiser.name, link(token)) : undefined)
    if (send) deliverQueuedMail(event, database)
    setResponseStatus(event, 201)
    return { url: link(token), email: email.toLowerCase(), expiresAt: expiresAt.toISOString(), sent: send }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
