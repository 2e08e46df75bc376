import { isDeepStrictEqual } from 'node:util'
import { randomUUID } from 'node:crypto'
import { and, count, eq, gte, inArray, isNull, ne } from 'drizzle-orm'
import type { Database } from './connect'
import { queueNotices } from './outboxStore'
import { remindedOnArrival } from './reminderLead'
import { promoteWaiting } from './signupStore'
import { placesToPromote } from '../../shared/utils/signupRules'
import type { ChangePreview } from '../../shared/types/organiser'
import type { EventRow } from '../../shared/types/rows'

export type { EventRow } from '../../shared/types/rows'

export interface EventCounts {
  confirmed: number
  waiting: number
}

/** Published or cancelled events that have not ended yet, soonest first (a cancelled one stays visible, marked). */
export async function listUpcomingEvents(database: Database, now: Date, walkSlug?: string): Promise<EventRow[]> {
  const { events } = database.tables
  const since = new Date(now.getTime() - 6 * 3_600_000)
  return database.db.select().from(events).where(and(
    ne(events.status, 'draft'),
    gte(events.startsAt, since),
    walkSlug ? eq(events.walkSlug, walkSlug) : undefined,
  )).orderBy(events.startsAt)
}

export async function findEvent(database: Database, id: string): Promise<EventRow | null> {
  const { events } = database.tables
  const [event] = await database.db.select().from(events).where(eq(events.id, id))
  return event ?? null
}

export async function countSignups(database: Database, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const { signups } = database.tables
  const result = new Map(eventIds.map(id => [id, { confirmed: 0, waiting: 0 }]))
  if (eventIds.length === 0) return result
  const rows = await database.db.select({ eventId: signups.eventId, status: signups.status, n: count() })
    .from(signups)
    .where(and(inArray(signups.eventId, eventIds), ne(signups.status, 'cancelled')))
    .groupBy(signups.eventId, signups.status)
  for (const row of rows) {
    const counts = result.get(row.eventId)!
    if (row.status === 'confirmed') counts.confirmed = Number(row.n)
    if (row.status === 'waiting') counts.waiting = Number(row.n)
  }
  return result
}

export type EventValues = Omit<Database['tables']['events']['$inferInsert'], 'id' | 'signupSeq' | 'createdAt' | 'updatedAt'>

/** A new event, run by the organiser who created it. */
export async function createEvent(database: Database, values: EventValues, organiserId: string): Promise<string> {
  const id = randomUUID()
  await database.transaction(async (tx) => {
    await tx.insert(database.tables.events).values({ ...values, id })
    await tx.insert(database.tables.eventOrganisers).values({ eventId: id, userId: organiserId })
  })
  return id
}

/** An edit would give a walk fewer places than people already hold. */
export class CapacityBelowConfirmed extends Error {
  constructor(readonly confirmed: number) {
    super('capacityBelowConfirmed')
  }
}

/** What a student plans their walk by, besides its time: where to meet, the route, how long, what it is. */
const DETAILS = ['meetingLat', 'meetingLng', 'meetingNote', 'walkSlug', 'stopSlugs', 'durationMin', 'descriptions'] as const

/** What changing `before` into `after` must tell everyone signed up, if anything: a new time, new details, or the end. */
export function noticeOfChange(before: EventRow, after: EventRow): 'cancelled' | 'changed' | 'updated' | null {
  if (before.status !== 'published') return null
  if (after.status === 'cancelled') return 'cancelled'
  if (after.status !== 'published') return null
  if (before.startsAt.getTime() !== after.startsAt.getTime()) return 'changed'
  return DETAILS.some(key => !isDeepStrictEqual(before[key], after[key])) ? 'updated' : null
}

/** The e-mails `values` would cause if saved now, from the same rules as `updateEvent`; changes nothing. */
export async function previewChange(database: Database, id: string, values: EventValues): Promise<ChangePreview | null> {
  const { events, signups } = database.tables
  const [before] = await database.db.select().from(events).where(eq(events.id, id))
  if (!before) return null
  const people = await database.db.select({ status: signups.status, email: signups.email }).from(signups)
    .where(and(eq(signups.eventId, id), ne(signups.status, 'cancelled'), isNull(signups.personalDataDeletedAt)))
  const confirmed = people.filter(p => p.status === 'confirmed').length
  if (values.capacity < confirmed) throw new CapacityBelowConfirmed(confirmed)
  const after = { ...before, ...values }
  const notice = noticeOfChange(before, after)
  const waiting = people.filter(p => p.status === 'waiting').length
  const promoted = after.status === 'published' && after.capacity > before.capacity ? placesToPromote(confirmed, after.capacity, waiting) : 0
  return { notice, notified: notice ? people.filter(p => p.email).length : 0, promoted }
}

/**
 * Saves an edit; a new time, new details or a cancellation of a published walk queues a notice to everyone signed up
 * in the same transaction. Returns the event before and after, and who was notified.
 */
export async function updateEvent(database: Database, id: string, values: EventValues, now = new Date()) {
  const { events, signups } = database.tables
  return database.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, id))
    if (!before) return null
    // Written first: the row lock holds sign-ups to this walk back until the edit commits.
    const [after] = await tx.update(events).set({ ...values, updatedAt: now }).where(eq(events.id, id)).returning()
    // Nobody loses a place they were given: a smaller walk must first be made by cancelling places.
    const [{ confirmed }] = await tx.select({ confirmed: count() }).from(signups)
      .where(and(eq(signups.eventId, id), eq(signups.status, 'confirmed'))) as [{ confirmed: number }]
    if (values.capacity < Number(confirmed)) throw new CapacityBelowConfirmed(Number(confirmed))
    // More room: the people waiting move up in their order, and are told, before any newcomer.
    const promoted = after!.status === 'published' && after!.capacity > before.capacity
      ? await promoteWaiting(database, tx, after!, now)
      : []
    const kind = noticeOfChange(before, after!)
    // A new time re-arms the reminders: due again before the new start, unless the notice of it is as good as one.
    if (kind === 'changed') await tx.update(signups).set({ remindedAt: remindedOnArrival(after!.startsAt, now) }).where(eq(signups.eventId, id))
    const people = kind
      ? await tx.select().from(signups).where(and(eq(signups.eventId, id), ne(signups.status, 'cancelled'), isNull(signups.personalDataDeletedAt)))
      : []
    await queueNotices(database, tx, people.filter(p => p.email).map(p => ({ eventId: id, signupId: p.id, recipient: p.email!, kind: kind! })), now)
    return { before, after: after!, notified: people.length, promoted: promoted.length }
  })
}
