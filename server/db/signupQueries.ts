import { and, count, eq, or, sql } from 'drizzle-orm'
import type { AppDb, Database } from './connect'

const p = sql.placeholder

function build(database: Database, tx: AppDb) {
  const { events, signups, outbox } = database.tables
  return {
    /** Bumps the event's sign-up counter: the row write is the lock that serialises sign-ups to one event. */
    lockEvent: tx.update(events).set({ signupSeq: sql`${events.signupSeq} + 1` }).where(eq(events.id, p('eventId'))).returning().prepare(),
    findExisting: tx.select().from(signups).where(and(
      eq(signups.eventId, p('eventId')),
      or(eq(signups.idempotencyKey, p('idempotencyKey')), eq(signups.emailKey, p('emailKey'))),
    )).prepare(),
    countConfirmed: tx.select({ confirmed: count() }).from(signups)
      .where(and(eq(signups.eventId, p('eventId')), eq(signups.status, 'confirmed'))).prepare(),
    insertSignup: tx.insert(signups).values({
      // Explicit, not the column's $defaultFn: a compiled statement would reuse one code for every sign-up.
      id: p('id'), eventId: p('eventId'), token: p('token'), checkinCode: p('checkinCode'), idempotencyKey: p('idempotencyKey'),
      name: p('name'), email: p('email'), emailKey: p('emailKey'), contact: p('contact'), university: p('university'),
      language: p('language'), status: p('status'), seq: p('seq'), consentAt: p('now'), createdAt: p('now'), updatedAt: p('now'),
    }).returning().prepare(),
    queueMail: tx.insert(outbox).values({
      id: p('id'), eventId: p('eventId'), recipient: p('recipient'), subject: '', text: '',
      signupId: p('signupId'), pendingKind: p('pendingKind'), createdAt: p('now'), updatedAt: p('now'),
    }).prepare(),
  }
}

export type SignupQueries = ReturnType<typeof build>

const compiled = new WeakMap<AppDb, SignupQueries>()

/**
 * The sign-up transaction's queries with placeholders. On SQLite every transaction runs on the one
 * connection, so they are built and compiled once and reused (building queries took a quarter of the
 * server's time per sign-up); on PostgreSQL a transaction has its own handle, so they are built per transaction.
 */
export function signupQueries(database: Database, tx: AppDb): SignupQueries {
  if (database.dialect !== 'sqlite') return build(database, tx)
  let queries = compiled.get(tx)
  if (!queries) compiled.set(tx, queries = build(database, tx))
  return queries
}
