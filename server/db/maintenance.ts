import { and, eq, gt, inArray, isNotNull, isNull, lte, ne } from 'drizzle-orm'
import { DEFAULT_RETENTION_DAYS, personalDataExpired } from '../../shared/utils/signupRules'
import { reminderLeadMs } from './reminderLead'
import type { Database } from './connect'
import { queueNotices } from './outboxStore'

/**
 * Confirmed people of events starting within the reminder lead (24 hours by default) who have had no reminder: marks them reminded and
 * queues their reminders in one transaction. The UPDATE checks `reminded_at IS NULL` itself, so two
 * servers running this at once remind each person once.
 */
export async function claimDueReminders(database: Database, now = new Date(), leadMs = reminderLeadMs()) {
  const { events, signups } = database.tables
  return database.transaction(async (tx) => {
    const dueEvents = tx.select({ id: events.id }).from(events).where(and(
      eq(events.status, 'published'),
      gt(events.startsAt, now),
      lte(events.startsAt, new Date(now.getTime() + leadMs)),
    ))
    const reminded = await tx.update(signups).set({ remindedAt: now })
      .where(and(
        inArray(signups.eventId, dueEvents),
        eq(signups.status, 'confirmed'),
        isNull(signups.remindedAt),
        isNull(signups.personalDataDeletedAt),
      ))
      .returning()
    await queueNotices(database, tx, reminded.filter(s => s.email).map(s => ({ eventId: s.eventId, signupId: s.id, recipient: s.email!, kind: 'reminder' })), now)
    return reminded
  })
}

/**
 * Deletes the personal data of sign-ups to events that ended more than `retentionDays` ago, and the
 * e-mails sent about them, and the record of the live walk (messages, the guide's positions). Counts
 * (confirmed, waiting, checked in) survive without names; so do published reflections, without their first names.
 */
export async function deleteExpiredPersonalData(database: Database, now = new Date(), retentionDays = DEFAULT_RETENTION_DAYS): Promise<number> {
  const { events, signups, outbox, reflections, liveUpdates, liveFollowers } = database.tables
  const candidates = await database.db.select().from(events)
    .where(lte(events.startsAt, new Date(now.getTime() - retentionDays * 86_400_000)))
  const expired = candidates.filter(event => personalDataExpired(event, now, retentionDays)).map(event => event.id)
  if (expired.length === 0) return 0
  return database.transaction(async (tx) => {
    const erased = await tx.update(signups)
      .set({ name: null, email: null, emailKey: null, contact: null, university: null, personalDataDeletedAt: now, updatedAt: now })
      .where(and(inArray(signups.eventId, expired), isNull(signups.personalDataDeletedAt)))
      .returning({ id: signups.id })
    await tx.delete(outbox).where(inArray(outbox.eventId, expired))
    // What the guide said and where they were during the live walk goes too (their position is theirs).
    await tx.delete(liveUpdates).where(inArray(liveUpdates.eventId, expired))
    await tx.delete(liveFollowers).where(inArray(liveFollowers.eventId, expired))
    await tx.update(events).set({ livePosition: null }).where(inArray(events.id, expired))
    // Published reflections stay, anonymous and no longer linked to anyone; the rest go.
    await tx.delete(reflections).where(and(inArray(reflections.eventId, expired), ne(reflections.status, 'approved')))
    await tx.update(reflections).set({ signupId: null, firstName: null, updatedAt: now })
      .where(and(inArray(reflections.eventId, expired), isNotNull(reflections.signupId)))
    return erased.length
  })
}
