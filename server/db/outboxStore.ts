import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm'
import type { AppDb, Database } from './connect'
import type { OutboxRow } from '../../shared/types/rows'

export interface OutgoingMail {
  eventId: string | null
  recipient: string
  subject: string
  text: string
  icsAttachment?: string | null
}

export type { OutboxRow } from '../../shared/types/rows'

/** A notice about a sign-up, written by the sending worker; `reminder`, `changed`… are SignupMailKind values. */
export interface QueuedNotice {
  eventId: string
  signupId: string
  recipient: string
  kind: string
}

/** After this many failed sends a mail stays unsent, its last error shown to organisers. */
export const MAX_ATTEMPTS = 8

/** Every e-mail is stored first; it is sent when SMTP is configured, and stays readable by organisers either way. */
export async function enqueueMail(database: Database, mail: OutgoingMail): Promise<void> {
  await database.transaction(tx => tx.insert(database.tables.outbox).values({ id: randomUUID(), ...mail, icsAttachment: mail.icsAttachment ?? null }))
}

/** Queues written mails inside the caller's transaction, with the change they tell of. */
export async function queueMails(database: Database, tx: AppDb, mails: OutgoingMail[]) {
  if (mails.length === 0) return
  await tx.insert(database.tables.outbox).values(mails.map(mail => ({ id: randomUUID(), ...mail, icsAttachment: mail.icsAttachment ?? null })))
}

/** Queues notices inside the caller's transaction, so the change that causes them and the notices commit together. */
export async function queueNotices(database: Database, tx: AppDb, notices: QueuedNotice[], now: Date) {
  if (notices.length === 0) return
  await tx.insert(database.tables.outbox).values(notices.map(notice => ({
    id: randomUUID(), eventId: notice.eventId, recipient: notice.recipient, subject: '', text: '',
    signupId: notice.signupId, pendingKind: notice.kind, createdAt: now, updatedAt: now,
  })))
}

/**
 * Claims up to `limit` mails for one worker until `leaseUntil`, oldest first: notices still to be written
 * (when `write`: links need the public origin), then written mail still to send (when `send`: SMTP is
 * configured), each not leased by a live worker and due for another try. The UPDATE checks the lease
 * again itself, so when two servers pick the same rows the database gives each row to one of them.
 */
export async function claimMail(database: Database, options: { limit: number, now: Date, leaseUntil: Date, write: boolean, send: boolean }): Promise<OutboxRow[]> {
  const { outbox } = database.tables
  const { now } = options
  const free = and(
    lt(outbox.attempts, MAX_ATTEMPTS),
    or(isNull(outbox.leaseUntil), lt(outbox.leaseUntil, now)),
    or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now)),
  )
  // Each condition matches one partial index (outbox_unwritten, outbox_due), so neither claim scans the sent or the unsendable.
  const claims = [
    options.write ? and(isNotNull(outbox.pendingKind), free) : null,
    options.send ? and(isNull(outbox.sentAt), isNull(outbox.pendingKind), free) : null,
  ].filter(claim => claim !== null)
  return database.transaction(async (tx) => {
    const claimed: OutboxRow[] = []
    for (const claimable of claims) {
      const wanted = options.limit - claimed.length
      if (wanted <= 0) break
      const candidates = await tx.select({ id: outbox.id }).from(outbox).where(claimable).orderBy(asc(outbox.createdAt)).limit(wanted)
      if (candidates.length === 0) continue
      claimed.push(...await tx.update(outbox).set({ leaseUntil: options.leaseUntil })
        .where(and(inArray(outbox.id, candidates.map(row => row.id)), claimable))
        .returning())
    }
    return claimed
  })
}

/**
 * Stores written notices' subjects and texts in one transaction, and drops those with nobody left to
 * write to. With `release` (nothing to send them with) their claims end too; otherwise they stay claimed for sending.
 */
export async function storeWrittenMail(database: Database, written: { id: string, mail: OutgoingMail | null }[], release: boolean) {
  if (written.length === 0) return
  const { outbox } = database.tables
  const now = new Date()
  await database.transaction(async (tx) => {
    for (const { id, mail } of written) {
      if (!mail) await tx.delete(outbox).where(eq(outbox.id, id))
      else {
        await tx.update(outbox).set({
          subject: mail.subject, text: mail.text, icsAttachment: mail.icsAttachment ?? null, pendingKind: null, updatedAt: now,
          ...(release ? { leaseUntil: null } : {}),
        }).where(eq(outbox.id, id))
      }
    }
  })
}

/** Records a sent mail. */
export async function markSent(database: Database, id: string, sentAt: Date) {
  const { outbox } = database.tables
  await database.transaction(tx => tx.update(outbox).set({ sentAt, leaseUntil: null, lastError: null, updatedAt: sentAt }).where(eq(outbox.id, id)))
}

/** Records a failed try and when to try again (doubling waits: 30 s, 1 min, 2 min… at most an hour). */
export async function markFailed(database: Database, row: OutboxRow, error: string, now: Date) {
  const { outbox } = database.tables
  const waitMs = Math.min(30_000 * 2 ** row.attempts, 3_600_000)
  await database.transaction(tx => tx.update(outbox)
    .set({ lastError: error, attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + waitMs), leaseUntil: null, updatedAt: now })
    .where(eq(outbox.id, row.id)))
}

/** Gives claimed mail back (a server shutting down, or no SMTP to send with), for any server to take. */
export async function releaseMail(database: Database, ids: string[]) {
  if (ids.length === 0) return
  const { outbox } = database.tables
  await database.transaction(tx => tx.update(outbox).set({ leaseUntil: null }).where(and(inArray(outbox.id, ids), isNull(outbox.sentAt))))
}

/** The e-mails about one event, newest first, for its organisers to read when no SMTP server is set. */
export async function mailForEvent(database: Database, eventId: string): Promise<OutboxRow[]> {
  const { outbox } = database.tables
  return database.db.select().from(outbox).where(and(eq(outbox.eventId, eventId), isNull(outbox.pendingKind))).orderBy(desc(outbox.createdAt)).limit(200)
}
