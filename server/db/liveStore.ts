import { and, asc, count, desc, eq, gt, lte, sql } from 'drizzle-orm'
import type { AppDb, Database } from './connect'
import type { LocaleCode } from '../../i18n/registry'
import type { LiveChange, LiveFollowers, LiveMessage, LiveState, LiveUpdate } from '../../shared/types/live'

/** The channel on which PostgreSQL tells every server that an event has a new live update. */
export const LIVE_CHANNEL = 'citywalk_live'
/** Messages a follower who joins late is shown, newest last. */
const MESSAGES_KEPT = 50
/** A follower counts as present while their phone was heard from this recently (see the stream's heartbeat). */
export const FOLLOWER_FRESH_MS = 90_000

export type LiveRefusal = 'notLive' | 'liveEnded' | 'cancelled' | 'notFound' | 'stopOutOfRange'

/**
 * Records one change a guide made, with its place in the event's order (`events.live_seq`), and
 * updates the event's live state, in one transaction; on PostgreSQL the same transaction notifies
 * every server, so followers on all of them hear of it once it is committed.
 */
export async function recordLiveChange(database: Database, eventId: string, change: LiveChange, now: Date): Promise<{ seq: number } | { refused: LiveRefusal }> {
  const { events, liveUpdates } = database.tables
  return database.transaction(async (tx) => {
    const [current] = await tx.select({ status: events.status, liveStatus: events.liveStatus, stops: events.stopSlugs }).from(events).where(eq(events.id, eventId))
    if (!current || current.status === 'draft') return { refused: 'notFound' as const }
    if (current.status === 'cancelled') return { refused: 'cancelled' as const }
    if (current.liveStatus === 'ended') return { refused: 'liveEnded' as const }
    if (change.kind !== 'status' && current.liveStatus !== 'live') return { refused: 'notLive' as const }
    if (change.kind === 'stop' && change.stopIndex >= current.stops.length) return { refused: 'stopOutOfRange' as const }
    const [event] = await tx.update(events).set({
      liveSeq: sql`${events.liveSeq} + 1`,
      ...stateColumns(change, now),
    }).where(eq(events.id, eventId)).returning({ seq: events.liveSeq })
    await tx.insert(liveUpdates).values({ eventId, seq: event!.seq, change, createdAt: now })
    await notifyServers(database, tx, eventId)
    return { seq: event!.seq }
  })
}

function stateColumns(change: LiveChange, now: Date) {
  switch (change.kind) {
    case 'status':
      // The end of the walk ends the sharing of the guide's position too.
      return change.status === 'ended' ? { liveStatus: change.status, livePosition: null } : { liveStatus: change.status }
    case 'stop':
      return { liveStopIndex: change.stopIndex }
    case 'position':
      return { livePosition: change.position && { ...change.position, at: now.toISOString() } }
    case 'message':
      return {}
  }
}

async function notifyServers(database: Database, tx: AppDb, eventId: string) {
  if (database.dialect !== 'pg') return
  // Delivered when (and only if) the transaction commits.
  await (tx as unknown as { execute: (query: ReturnType<typeof sql>) => Promise<unknown> })
    .execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${eventId})`)
}

/** The updates after `seq`, in order, as sent to followers; at most `limit`. */
export async function liveUpdatesAfter(database: Database, eventId: string, seq: number, limit = 500): Promise<LiveUpdate[]> {
  const { liveUpdates } = database.tables
  const rows = await database.db.select().from(liveUpdates)
    .where(and(eq(liveUpdates.eventId, eventId), gt(liveUpdates.seq, seq)))
    .orderBy(asc(liveUpdates.seq)).limit(limit)
  return rows.map(row => toUpdate(row.seq, row.change, row.createdAt))
}

export function toUpdate(seq: number, change: LiveChange, at: Date): LiveUpdate {
  switch (change.kind) {
    case 'message':
      return { seq, kind: 'message', message: { seq, at: at.toISOString(), ...change.message } as LiveMessage }
    case 'position':
      return { seq, kind: 'position', position: change.position && { ...change.position, at: at.toISOString() } }
    default:
      return { seq, ...change }
  }
}

/** The whole live state of an event as a follower who joins now needs it, and the update it is current to. */
export async function readLiveState(database: Database, eventId: string): Promise<{ seq: number, state: LiveState } | null> {
  const { events, liveUpdates } = database.tables
  const [event] = await database.db.select({
    seq: events.liveSeq, status: events.liveStatus, stopIndex: events.liveStopIndex, position: events.livePosition,
  }).from(events).where(eq(events.id, eventId))
  if (!event) return null
  const messageRows = await database.db.select().from(liveUpdates)
    .where(and(eq(liveUpdates.eventId, eventId), sql`${liveUpdates.change} ->> 'kind' = 'message'`, sql`${liveUpdates.seq} <= ${event.seq}`))
    .orderBy(desc(liveUpdates.seq)).limit(MESSAGES_KEPT)
  const messages = messageRows.reverse().map(row => (toUpdate(row.seq, row.change, row.createdAt) as Extract<LiveUpdate, { kind: 'message' }>).message)
  return { seq: event.seq, state: { status: event.status, stopIndex: event.stopIndex, position: event.position ?? null, messages } }
}

/** Marks a follower as present now (first connection and every heartbeat after). */
export async function markFollowing(database: Database, eventId: string, signupId: string, now: Date): Promise<void> {
  const { liveFollowers } = database.tables
  await database.transaction(tx => tx.insert(liveFollowers).values({ eventId, signupId, lastSeenAt: now })
    .onConflictDoUpdate({ target: liveFollowers.signupId, set: { lastSeenAt: now, eventId } }))
}

/**
 * Marks a follower as gone when one of their connections closes, unless another connection (a reload,
 * a second tab, on any server) has marked them present since this one last did.
 */
export async function markLeft(database: Database, signupId: string, lastMarkedByThisConnection: Date): Promise<void> {
  const { liveFollowers } = database.tables
  await database.transaction(tx => tx.delete(liveFollowers)
    .where(and(eq(liveFollowers.signupId, signupId), lte(liveFollowers.lastSeenAt, lastMarkedByThisConnection))))
}

/** The confirmed students following now, by name for their organisers (the followers see none of this). */
export async function listFollowers(database: Database, eventId: string, now: Date): Promise<LiveFollowers> {
  const { liveFollowers, signups } = database.tables
  const since = new Date(now.getTime() - FOLLOWER_FRESH_MS)
  const rows = await database.db.select({ name: signups.name, language: signups.language }).from(liveFollowers)
    .innerJoin(signups, eq(signups.id, liveFollowers.signupId))
    .where(and(eq(liveFollowers.eventId, eventId), gt(liveFollowers.lastSeenAt, since)))
    .orderBy(asc(signups.seq))
  return { count: rows.length, followers: rows.map(row => ({ name: row.name, language: row.language as LocaleCode })) }
}

export async function countFollowers(database: Database, eventId: string, now: Date): Promise<number> {
  const { liveFollowers } = database.tables
  const [row] = await database.db.select({ n: count() }).from(liveFollowers)
    .where(and(eq(liveFollowers.eventId, eventId), gt(liveFollowers.lastSeenAt, new Date(now.getTime() - FOLLOWER_FRESH_MS))))
  return row?.n ?? 0
}
