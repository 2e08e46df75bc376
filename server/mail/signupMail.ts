import type { EventDetail } from '../../shared/types/event'
import type { OutgoingMail } from '../db/outboxStore'
import { eventCalendarFile } from './calendar'
import { mailTranslator } from './translate'

/**
 * `existing`: someone signed up again with an address that has a sign-up already; its owner gets the link again.
 * `withdrawn`: the student cancelled a place (their calendar entry is cancelled too); `withdrawnWaiting`: they left the waiting list.
 * `placeGiven` and `movedToWaiting`: an organiser moved them by hand.
 */
export type SignupMailKind = 'confirmed' | 'waiting' | 'promoted' | 'reminder' | 'changed' | 'updated' | 'cancelled' | 'existing' | 'withdrawn' | 'withdrawnWaiting' | 'placeGiven' | 'movedToWaiting'

export interface MailRecipient {
  name: string
  email: string
  language: string
  token: string
  position?: number | null
}

/** One e-mail to one person about one event, in their language, with a calendar file where it helps. */
export function signupMail(kind: SignupMailKind, recipient: MailRecipient, event: EventDetail, origin: string, sequence = 0): OutgoingMail {
  const t = mailTranslator(recipient.language)
  const prefix = recipient.language === 'en' ? '' : `/${recipient.language}`
  const link = `${origin}${prefix}/signup/${recipient.token}`
  const subjects: Record<SignupMailKind, string> = {
    confirmed: t('email.confirmed.subject', { title: event.title }),
    waiting: t('email.waiting.subject', { title: event.title }),
    promoted: t('email.promoted.subject', { title: event.title }),
    reminder: t('email.reminder.subject', { title: event.title }),
    changed: t('email.changed.subject', { title: event.title }),
    updated: t('email.updated.subject', { title: event.title }),
    cancelled: t('email.cancelled.subject', { title: event.title }),
    existing: t('email.existing.subject', { title: event.title }),
    withdrawn: t('email.withdrawn.subject', { title: event.title }),
    withdrawnWaiting: t('email.withdrawn.subject', { title: event.title }),
    placeGiven: t('email.placeGiven.subject', { title: event.title }),
    movedToWaiting: t('email.movedToWaiting.subject', { title: event.title }),
  }
  const params = { name: recipient.name, title: event.title, position: recipient.position ?? 1 }
  // Someone still waiting has no place yet: a new time or place must not put the walk in their calendar.
  const waiting = recipient.position != null
  const bodies: Record<SignupMailKind, string> = {
    confirmed: t('email.confirmed.body', params),
    waiting: t('email.waiting.body', params),
    promoted: t('email.promoted.body', params),
    reminder: t('email.reminder.body', params),
    // The attached file is the place's; someone waiting gets none, and is told where they stand instead.
    changed: [t('email.changed.body', params), waiting ? t('email.existing.waiting', params) : t('email.changed.calendar')].join('\n\n'),
    updated: t('email.updated.body', params),
    cancelled: t('email.cancelled.body', params),
    existing: [t('email.existing.body', params), recipient.position ? t('email.existing.waiting', params) : t('email.existing.confirmed')].join('\n\n'),
    withdrawn: t('email.withdrawn.body', params),
    withdrawnWaiting: t('email.withdrawn.body', params),
    placeGiven: t('email.placeGiven.body', params),
    movedToWaiting: t('email.movedToWaiting.body', params),
  }
  const text = [
    bodies[kind],
    t('email.when', { when: event.startsLabel }),
    t('email.meeting', { note: event.meetingNote.text }),
    kind === 'cancelled' ? '' : t('email.personalLink', { link }),
    `— ${t('email.signature')}`,
  ].filter(Boolean).join('\n\n')
  // A place taken away takes its calendar entry with it.
  const calendarCancelled = kind === 'cancelled' || kind === 'withdrawn' || kind === 'movedToWaiting'
  const withCalendar = kind === 'confirmed' || kind === 'promoted' || kind === 'placeGiven' || ((kind === 'changed' || kind === 'updated') && !waiting) || calendarCancelled
  return {
    eventId: event.id,
    recipient: recipient.email,
    subject: subjects[kind],
    text,
    icsAttachment: withCalendar
      ? eventCalendarFile(event, link, { cancelled: calendarCancelled, sequence })
      : null,
  }
}
