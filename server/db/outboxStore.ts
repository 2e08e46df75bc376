import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm'
import type { Database } from './connect'

export interface OutgoingMail {
  eventId: string | null
  recipient: string
  subject: string
  text: string
  icsAttachment?: string | null
}

export type OutboxRow = Database['tables']['outbox']['$inferSelect']

/** Every e-mail is stored first; it is sent when SMTP is configured, and stays readable by organisers either way. */
export async function enqueueMail(database: Database, mail: OutgoingMail): Promise<void> {
  await database.transaction(tx => tx.insert(database.tables.outbox).values({ id: randomUUID(), ...mail, icsAttachment: mail.icsAttachment ?? null }))
}

export async function unsentMail(database: Database, limit = 50): Promise<OutboxRow[]> {
  const { outbox } = database.tables
  return database.db.select().from(outbox).where(and(isNull(outbox.sentAt), isNull(outbox.pendingKind))).orderBy(asc(outbox.createdAt)).limit(limit)
}

/** Mail queued as a kind and a sign-up, still to be written, oldest first; `skip` are ids that failed in this run. */
export async function unwrittenMail(database: Database, limit: number, skip: string[] = []): Promise<OutboxRow[]> {
  const { outbox } = database.tables
  // Mail is written before it is sent, so a row still to be written is unsent (and the partial index matches).
  const pending = isNotNull(outbox.pendingKind)
  return database.db.select().from(outbox)
    .where(skip.length ? and(pending, notInArray(outbox.id, skip)) : pending)
    .orderBy(asc(outbox.createdAt)).limit(limit)
}

/** Stores the written e-mails (ready to send), and drops queued ones whose person has since deleted their data. */
export async function storeWrittenMail(database: Database, written: { id: string, mail: OutgoingMail | null }[]) {
  const { outbox } = database.tables
  const now = new Date()
  await database.transaction(async (tx) => {
    for (const { id, mail } of written) {
      if (!mail) await tx.delete(outbox).where(eq(outbox.id, id))
      else await tx.update(outbox).set({ subject: mail.subject, text: mail.text, icsAttachment: mail.icsAttachment ?? null, pendingKind: null, updatedAt: now }).where(eq(outbox.id, id))
    }
  })
}

export async function markMail(database: Database, id: string, result: { sentAt: Date } | { error: string }) {
  const { outbox } = database.tables
  await database.transaction(tx => tx.update(outbox)
    .set('sentAt' in result ? { sentAt: result.sentAt, lastError: null, updatedAt: new Date() } : { lastError: result.error, updatedAt: new Date() })
    .where(eq(outbox.id, id)))
}

/** The e-mails about one event, newest first, for its organisers to read when no SMTP server is set. */
export async function mailForEvent(database: Database, eventId: string): Promise<OutboxRow[]> {
  const { outbox } = database.tables
  return database.db.select().from(outbox).where(and(eq(outbox.eventId, eventId), isNull(outbox.pendingKind))).orderBy(desc(outbox.createdAt)).limit(200)
}
