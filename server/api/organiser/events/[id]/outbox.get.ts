import type { OutboxMail } from '../../../../../shared/types/organiser'
import { mailForEvent } from '../../../../db/outboxStore'

/** The event's e-mails as stored in the outbox: sent, waiting, or failed with the reason. */
export default defineEventHandler(async (event): Promise<OutboxMail[]> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  return (await mailForEvent(database, id)).map(mail => ({
    id: mail.id,
    recipient: mail.recipient,
    subject: mail.subject,
    text: mail.text,
    createdAt: mail.createdAt.toISOString(),
    sent: mail.sentAt !== null,
    error: mail.lastError,
  }))
})
