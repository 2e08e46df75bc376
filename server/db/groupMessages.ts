import { randomUUID } from 'node:crypto'
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { GroupMessageInput, MessageAudience } from '../../shared/schemas/groupMessage'
import type { SignupStatus } from '../../shared/utils/signupRules'
import type { Database } from './connect'
import { queueMails, type OutgoingMail } from './outboxStore'

const STATUSES: Record<MessageAudience, SignupStatus[]> = { confirmed: ['confirmed'], waiting: ['waiting'], everyone: ['confirmed', 'waiting'] }

/** A student a group message goes to (someone who deleted their data has no address and is left out). */
export interface MessageRecipient { name: string, email: string, language: string, token: string }

/** How many students each audience reaches now, for the preview before sending. */
export async function audienceSizes(database: Database, eventId: string): Promise<Record<MessageAudience, number>> {
  const { signups } = database.tables
  const rows = await database.db.select({ status: signups.status }).from(signups)
    .where(and(eq(signups.eventId, eventId), inArray(signups.status, ['confirmed', 'waiting']), isNotNull(signups.email)))
  const confirmed = rows.filter(row => row.status === 'confirmed').length
  return { confirmed, waiting: rows.length - confirmed, everyone: rows.length }
}

/**
 * Writes to a walk's students: one e-mail each (`write` makes it, in their language), queued with the
 * log entry in one transaction. Nothing is written when the audience is empty: null.
 */
export async function sendGroupMessage(database: Database, eventId: string, author: { id: string, name: string }, message: GroupMessageInput, write: (recipient: MessageRecipient) => OutgoingMail, now = new Date()): Promise<{ recipients: number } | null> {
  const { signups, groupMessages } = database.tables
  return database.transaction(async (tx) => {
    const people = await tx.select({ name: signups.name, email: signups.email, language: signups.language, token: signups.token }).from(signups)
      .where(and(eq(signups.eventId, eventId), inArray(signups.status, STATUSES[message.audience]), isNotNull(signups.email)))
    const recipients = people.filter((person): person is MessageRecipient => person.email !== null && person.name !== null)
    if (recipients.length === 0) return null
    await tx.insert(groupMessages).values({
      id: randomUUID(), eventId, authorId: author.id, authorName: author.name, audience: message.audience,
      template: message.template, note: message.note, recipients: recipients.length, createdAt: now,
    })
    await queueMails(database, tx, recipients.map(write))
    return { recipients: recipients.length }
  })
}

/** A walk's messages, the newest first. */
export async function listGroupMessages(database: Database, eventId: string) {
  const { groupMessages } = database.tables
  return database.db.select().from(groupMessages).where(eq(groupMessages.eventId, eventId)).orderBy(desc(groupMessages.createdAt))
}
