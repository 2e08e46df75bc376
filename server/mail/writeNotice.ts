import type { H3Event } from 'h3'
import { eq } from 'drizzle-orm'
import { isLocaleCode } from '../../i18n/registry'
import type { Database } from '../db/connect'
import type { OutboxRow } from '../db/outboxStore'
import { waitingListPosition } from '../db/signupStore'
import { loadEventDetail } from '../utils/eventDetail'
import { signupMail, type SignupMailKind } from './signupMail'

/**
 * Writes a notice queued as a kind and a sign-up (subject, text, calendar file) from the database as it
 * is now, in the person's language; null when the person has since deleted their data.
 */
export async function writeNotice(database: Database, request: H3Event | null, row: OutboxRow, origin: string) {
  const { signups } = database.tables
  const [signup] = row.signupId ? await database.db.select().from(signups).where(eq(signups.id, row.signupId)) : []
  if (!signup?.email || !signup.name || !row.eventId) return null
  const locale = isLocaleCode(signup.language) ? signup.language : 'en'
  const detail = await loadEventDetail(request, database, row.eventId, locale)
  if (!detail) throw new Error(`event ${row.eventId} is no longer published`)
  const position = await waitingListPosition(database, signup)
  const recipient = { name: signup.name, email: signup.email, language: signup.language, token: signup.token, position }
  // Calendar apps replace an entry whose SEQUENCE grew: the moment the change was queued grows with each change.
  const sequence = Math.floor(row.createdAt.getTime() / 1000)
  return signupMail(row.pendingKind as SignupMailKind, recipient, detail, origin, sequence)
}
