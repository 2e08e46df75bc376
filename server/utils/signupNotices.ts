import type { H3Event } from 'h3'
import { isLocaleCode, type LocaleCode } from '../../i18n/registry'
import type { EventDetail } from '../../shared/types/event'
import type { Database } from '../db/connect'
import { enqueueMail } from '../db/outboxStore'
import { deliverOutbox } from '../mail/deliver'
import { signupMail, type MailRecipient, type SignupMailKind } from '../mail/signupMail'
import { eventForMail } from './eventForMail'
import { requirePublicOrigin } from './publicOrigin'

/**
 * Queues one e-mail per person, each in their own language, then sends in the background.
 * `request` is the request that caused the mail (null for the scheduled task).
 * (A new sign-up's own e-mail is queued by `createSignup` instead, in its transaction.)
 */
export async function noticeSignups(database: Database, eventId: string, kind: SignupMailKind, people: MailRecipient[], request: H3Event | null, sequence = 0) {
  const origin = requirePublicOrigin()
  const details = new Map<LocaleCode, EventDetail>()
  for (const person of people) {
    if (!person.email) continue
    const locale = isLocaleCode(person.language) ? person.language : 'en'
    if (!details.has(locale)) details.set(locale, await eventForMail(request, database, eventId, locale))
    await enqueueMail(database, signupMail(kind, person, details.get(locale)!, origin, sequence))
  }
  return deliverOutbox(database, request).catch(() => 0)
}
