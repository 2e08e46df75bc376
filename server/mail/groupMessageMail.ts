import type { MessageTemplate } from '../../shared/schemas/groupMessage'
import type { EventDetail } from '../../shared/types/event'
import type { MessageRecipient } from '../db/groupMessages'
import type { OutgoingMail } from '../db/outboxStore'
import { mailTranslator } from './translate'

/**
 * An organiser's message to one student, in the student's language: the ready-made text translated,
 * the organiser's own note as they wrote it, and the student's personal link.
 */
export function groupMessageMail(recipient: MessageRecipient, message: { template: MessageTemplate | null, note: string }, organiserName: string, event: EventDetail, origin: string | null): OutgoingMail {
  const t = mailTranslator(recipient.language)
  const prefix = recipient.language === 'en' ? '' : `/${recipient.language}`
  const templates: Record<MessageTemplate, string> = {
    meetingPoint: t('email.groupMessage.templates.meetingPoint'),
    weather: t('email.groupMessage.templates.weather'),
    runningLate: t('email.groupMessage.templates.runningLate'),
    comfortableShoes: t('email.groupMessage.templates.comfortableShoes'),
  }
  const text = [
    t('email.groupMessage.greeting', { name: recipient.name, title: event.title }),
    message.template ? templates[message.template] : '',
    message.note ? `${t('email.groupMessage.noteFrom', { name: organiserName })}\n\n${message.note}` : '',
    t('email.when', { when: event.startsLabel }),
    t('email.meeting', { note: event.meetingNote.text }),
    origin ? t('email.personalLink', { link: `${origin}${prefix}/signup/${recipient.token}` }) : '',
    `— ${t('email.signature')}`,
  ].filter(Boolean).join('\n\n')
  return { eventId: event.id, recipient: recipient.email, subject: t('email.groupMessage.subject', { title: event.title }), text }
}
