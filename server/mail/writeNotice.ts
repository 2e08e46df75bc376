import type { H3Event } from 'h3'
import { eq } from 'drizzle-orm'
import { isLocaleCode, type LocaleCode } from '../../i18n/registry'
import type { EventDetail } from '../../shared/types/event'
import type { Database } from '../db/connect'
import type { OutboxRow } from '../db/outboxStore'
import { waitingListPosition } from '../db/signupStore'
import { loadEventDetail } from '../utils/eventDetail'
import { signupMail, type SignupMailKind } from './signupMail'

/**
 * Events as e-mails show them, read once per event and language for `ttlMs`: a rush writes thousands of
 * e-mails about a few events. Only a rendering aid: what to send, and by whom, is decided by the claim.
 */
export function eventDetails(ttlMs = 1_000) {
  const cache = new Map<string, { at: number, detail: Promise<EventDetail> }>()
  return {
    get(request: H3Event | null, database: Database, eventId: string, locale: LocaleCode): Promise<EventDetail> {
      const key = `${eventId} ${locale}`
      const cached = cache.get(key)
      if (cached && performance.now() - cached.at < ttlMs) return cached.detail
      const detail = loadEventDetail(request, database, eventId, locale).then((found) => {
        if (!found) throw new Error(`event ${eventId} is no longer published`)
        return found
      })
      cache.set(key, { at: performance.now(), detail })
      detail.catch(() => cache.delete(key))
      return detail
    },
  }
}

export type EventDetails = ReturnType<typeof eventDetails>

/**
 * Writes a notice queued as a kind and a sign-up (subject, text, calendar file) from the database as it
 * is now, in the person's language; null when the person has since deleted their data.
 */
export async function writeNotice(database: Database, request: H3Event | null, row: OutboxRow, origin: string, details: EventDetails) {
  const { signups } = database.tables
  const [signup] = row.signupId ? await database.db.select().from(signups).where(eq(signups.id, row.signupId)) : []
  if (!signup?.email || !signup.name || !row.eventId) return null
  const locale = isLocaleCode(signup.language) ? signup.language : 'en'
  const detail = await details.get(request, database, row.eventId, locale)
  const position = await waitingListPosition(database, signup)
  const recipient = { name: signup.name, email: signup.email, language: signup.language, token: signup.token, position }
  // Calendar apps replace an entry whose SEQUENCE grew: the moment the change was queued grows with each change.
  const sequence = Math.floor(row.createdAt.getTime() / 1000)
  return signupMail(row.pendingKind as SignupMailKind, recipient, detail, origin, sequence)
}
