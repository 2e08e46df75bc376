import type { H3Event } from 'h3'
import type { EventDetail } from '../../shared/types/event'
import type { Database } from '../db/connect'
import { enqueueMail } from '../db/outboxStore'
import { deliverOutbox } from '../mail/deliver'
import { signupMail, type MailRecipient, type SignupMailKind } from '../mail/signupMail'

/** Public origin for links in e-mails: configured, else the one this request came to. */
export function publicOrigin(event?: H3Event): string {
  const configured = useRuntimeConfig().public.siteUrl
  if (configured) return configured.replace(/\/$/, '')
  return event ? getRequestURL(event, { xForwardedHost: true, xForwardedProto: true }).origin : `http://localhost:${process.env.PORT || 3000}`
}

/** Queues one e-mail per person, each in their own language, then sends in the background. */
export async function noticeSignups(database: Database, eventId: string, kind: SignupMailKind, people: MailRecipient[], origin: string, sequence = 0) {
  const details = new Map<string, EventDetail>()
  for (const person of people) {
    if (!person.email) continue
    if (!details.has(person.language)) {
      details.set(person.language, await $fetch<EventDetail>(`/api/events/${eventId}`, { query: { locale: person.language } }))
    }
    await enqueueMail(database, signupMail(kind, person, details.get(person.language)!, origin, sequence))
  }
  return deliverOutbox(database).catch(() => 0)
}
