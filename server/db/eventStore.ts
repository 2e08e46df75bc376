import { and, count, eq, gte, inArray, ne } from 'drizzle-orm'
import type { Database } from './connect'

export type EventRow = Database['tables']['events']['$inferSelect']
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
