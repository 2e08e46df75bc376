import type { OutgoingMail } from '../db/outboxStore'
import { INVITE_DAYS } from '../../shared/schemas/invite'
import { mailTranslator } from './translate'

/** The e-mail that carries a volunteer's invite link, in the language the organiser chose for them. */
export function inviteMail(to: string, language: string, organiser: string, link: string): OutgoingMail {
  const t = mailTranslator(language)
  return {
    eventId: null,
    recipient: to,
    subject: t('email.invite.subject', { organiser }),
    text: `${t('email.invite.body', { organiser, link, days: INVITE_DAYS })}\n\n— ${t('email.signature')}`,
  }
}
