import type { H3Event } from 'h3'
import { isLocaleCode, type LocaleCode } from '../../i18n/registry'
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

/**
 * The event in one language for an e-mail: built in-process during a request; the scheduled task
 * has no request to read content through, so it asks our own API.
 */
async function eventForMail(request: H3Event | null, database: Database, eventId: string, locale: LocaleCode): Promise<EventDetail> {
  if (!request) return $fetch<EventDetail>(`/api/events/${eventId}`, { query: { locale } })
  const detail = await loadEventDetail(request, database, eventId, locale)
  if (!detail) throw new Error(`No published event ${eventId} to write about`)
  return detail
}

/**
 * Queues one e-mail per person, each in their own language, then sends in the background.
 * `request` is the request that caused the mail (null for the scheduled task): it gives the links' origin.
 */
export async function noticeSignups(database: Database, eventId: string, kind: SignupMailKind, people: MailRecipient[], request: H3Event | null, sequence = 0) {
  const origin = publicOrigin(request ?? undefined)
  const details = new Map<LocaleCode, EventDetail>()
  for (const person of people) {
    if (!person.email) continue
    const locale = isLocaleCode(person.language) ? person.language : 'en'
    if (!details.has(locale)) details.set(locale, await eventForMail(request, database, eventId, locale))
    await enqueueMail(database, signupMail(kind, person, details.get(locale)!, origin, sequence))
  }
  return deliverOutbox(database).catch(() => 0)
}
