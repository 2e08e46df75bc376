import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm'
import type { AttendeeCounts } from '../../shared/types/organiser'
import type { TeamRole } from '../../shared/types/team'
import type { Database } from './connect'
import type { EventRow } from './eventStore'
import type { SignupRow } from '../../shared/types/rows'

export type { SignupRow } from '../../shared/types/rows'

/** Events the organiser is on the team of, soonest first, with what they do on each. */
export async function eventsOf(database: Database, userId: string): Promise<(EventRow & { teamRole: TeamRole })[]> {
  const { events, eventOrganisers } = database.tables
  const links = await database.db.select({ eventId: eventOrganisers.eventId, role: eventOrganisers.role }).from(eventOrganisers).where(eq(eventOrganisers.userId, userId))
  if (links.length === 0) return []
  const roles = new Map(links.map(link => [link.eventId, link.role]))
  const rows = await database.db.select().from(events).where(inArray(events.id, [...roles.keys()])).orderBy(asc(events.startsAt))
  return rows.map(row => ({ ...row, teamRole: roles.get(row.id)! }))
}

/** Everyone who signed up and has not cancelled, confirmed first, each group in arrival order. */
export async function attendeesOf(database: Database, eventId: string): Promise<SignupRow[]> {
  const { signups } = database.tables
  const rows = await database.db.select().from(signups)
    .where(and(eq(signups.eventId, eventId), ne(signups.status, 'cancelled')))
    .orderBy(asc(signups.seq))
  return [...rows.filter(r => r.status === 'confirmed'), ...rows.filter(r => r.status === 'waiting')]
}

export function countAttendees(rows: SignupRow[], event: Pick<EventRow, 'startsAt'>, now = new Date()): AttendeeCounts {
  const confirmed = rows.filter(r => r.status === 'confirmed')
  const checkedIn = confirmed.filter(r => r.checkedInAt !== null).length
  return {
    confirmed: confirmed.length,
    waiting: rows.filter(r => r.status === 'waiting').length,
    checkedIn,
    noShows: now >= event.startsAt ? confirmed.length - checkedIn : 0,
  }
}

/** Marks a confirmed person as arrived (or undoes it); returns null when no such person is on this event. */
export async function setCheckedIn(database: Database, eventId: string, signupId: string, checkedIn: boolean, now = new Date()) {
  const { signups } = database.tables
  const [row] = await database.transaction(tx => tx.update(signups)
    .set({ checkedInAt: checkedIn ? now : null, updatedAt: now })
    .where(and(eq(signups.id, signupId), eq(signups.eventId, eventId), eq(signups.status, 'confirmed')))
    .returning())
  return row ?? null
}

export type TicketCheckIn
  = | { outcome: 'checkedIn' | 'alreadyCheckedIn', signup: SignupRow }
    | { outcome: 'unknown' | 'otherEvent' | 'waiting' | 'cancelled' }

/**
 * Checks in the holder of a ticket code at this event's door. Only a confirmed place on this very
 * event is checked in; a second scan changes nothing and says so.
 */
export async function checkInByCode(database: Database, eventId: string, code: string, now = new Date()): Promise<TicketCheckIn> {
  const { signups } = database.tables
  const [updated] = await database.db.update(signups)
    .set({ checkedInAt: now, updatedAt: now })
    .where(and(eq(signups.checkinCode, code), eq(signups.eventId, eventId), eq(signups.status, 'confirmed'), isNull(signups.checkedInAt)))
    .returning()
  if (updated) return { outcome: 'checkedIn', signup: updated }
  const [found] = await database.db.select().from(signups).where(eq(signups.checkinCode, code))
  if (!found) return { outcome: 'unknown' }
  if (found.eventId !== eventId) return { outcome: 'otherEvent' }
  if (found.status !== 'confirmed') return { outcome: found.status }
  return { outcome: 'alreadyCheckedIn', signup: found }
}
