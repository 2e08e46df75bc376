import { randomUUID } from 'node:crypto'
import { asc, desc, eq, isNull } from 'drizzle-orm'
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
  return database.db.select().from(outbox).where(isNull(outbox.sentAt)).orderBy(asc(outbox.createdAt)).limit(limit)
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
  return database.db.select().from(outbox).where(eq(outbox.eventId, eventId)).orderBy(desc(outbox.createdAt)).limit(200)
}
