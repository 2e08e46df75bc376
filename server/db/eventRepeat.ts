import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Database } from './connect'
import type { EventRow } from './eventStore'
import { queueMails, type OutgoingMail } from './outboxStore'

/**
 * Copies of a walk on other days, each a walk of its own with no sign-ups, made in one transaction:
 * the route, meeting point, texts, capacity and languages as they are, and the same team (each person
 * other than `requesterId` told by `notice` that they are on the new walk, queued with it).
 */
export async function repeatEvent(database: Database, source: EventRow, times: { startsAt: Date, signupDeadline: Date }[], status: 'draft' | 'published', requesterId: string, notice: (eventId: string, startsAt: Date, member: { name: string, email: string }, role: 'organiser' | 'guide') => OutgoingMail): Promise<string[]> {
  const { events, eventOrganisers, users } = database.tables
  return database.transaction(async (tx) => {
    const team = await tx.select({ userId: eventOrganisers.userId, role: eventOrganisers.role, name: users.name, email: users.email })
      .from(eventOrganisers).innerJoin(users, eq(users.id, eventOrganisers.userId)).where(eq(eventOrganisers.eventId, source.id))
    const ids: string[] = []
    const mails: OutgoingMail[] = []
    for (const { startsAt, signupDeadline } of times) {
      const id = randomUUID()
      ids.push(id)
      await tx.insert(events).values({
        id, walkSlug: source.walkSlug, stopSlugs: source.stopSlugs, meetingLat: source.meetingLat, meetingLng: source.meetingLng,
        meetingNote: source.meetingNote, startsAt, durationMin: source.durationMin, capacity: source.capacity,
        guideLanguages: source.guideLanguages, signupDeadline, descriptions: source.descriptions, status,
      })
      if (team.length) await tx.insert(eventOrganisers).values(team.map(member => ({ eventId: id, userId: member.userId, role: member.role })))
      for (const member of team) if (member.userId !== requesterId) mails.push(notice(id, startsAt, member, member.role))
    }
    if (mails.length) await queueMails(database, tx, mails)
    return ids
  })
}
