import { randomBytes, randomUUID } from 'node:crypto'
import { and, asc, count, eq, gt, sql } from 'drizzle-orm'
import { emailKey, type SignupInput } from '../../shared/schemas/signup'
import { newTicketCode } from '../../shared/utils/ticketCode'
import { placesToPromote, signupClosedReason, statusForNewSignup, type SignupClosedReason } from '../../shared/utils/signupRules'
import type { AppDb, Database } from './connect'
import { remindedOnArrival } from './reminderLead'
import { queueNotices } from './outboxStore'
import { signupQueries } from './signupQueries'
import type { EventRow, SignupRow } from '../../shared/types/rows'

export class SignupRefused extends Error {
  constructor(readonly reason: SignupClosedReason | 'eventNotFound') {
    super(reason)
  }
}

export interface SignupOutcome {
  signup: SignupRow
  /** False when the same person (e-mail or idempotency key) had signed up already. */
  created: boolean
}

/** An idempotency key sent again with other details: a client fault, or someone guessing keys. */
export class IdempotencyConflict extends Error {
  constructor() {
    super('idempotencyConflict')
  }
}

/** A repeated sign-up e-mails the personal link again, unless this many e-mails went to the sign-up within the hour. */
const MAILS_PER_HOUR = 3

/** Whether a request with this sign-up's idempotency key carries the same details (the key is bound to them). */
function sameRequest(existing: SignupRow, input: SignupInput): boolean {
  return existing.emailKey === emailKey(input.email) && existing.name === input.name
    && existing.university === input.university && (existing.contact ?? '') === (input.contact ?? '')
    && existing.language === input.language
}

/** Bumps the event's sign-up counter: the row write is the lock that serialises sign-ups to one event. */
export async function lockEvent(database: Database, tx: AppDb, eventId: string) {
  const { events } = database.tables
  const [event] = await tx.update(events)
    .set({ signupSeq: sql`${events.signupSeq} + 1` })
    .where(eq(events.id, eventId))
    .returning()
  return event
}

/**
 * Signs someone up, confirmed or wait-listed, in one transaction; repeating the same request changes nothing.
 * The same transaction queues their e-mail (written and sent later, see server/mail/deliver.ts), so an
 * acknowledged sign-up is never without one.
 */
export function createSignup(database: Database, eventId: string, input: SignupInput, now = new Date()): Promise<SignupOutcome> {
  const { signups } = database.tables
  return database.transaction(async (tx) => {
    const queries = signupQueries(database, tx)
    const [event] = await queries.lockEvent.execute({ eventId })
    if (!event) throw new SignupRefused('eventNotFound')
    const key = emailKey(input.email)
    const [existing] = await queries.findExisting.execute({ eventId, idempotencyKey: input.idempotencyKey, emailKey: key })
    if (existing && existing.idempotencyKey === input.idempotencyKey && !sameRequest(existing, input)) throw new IdempotencyConflict()
    if (existing && existing.status !== 'cancelled') {
      // Someone signed up already: their link goes to their own address again (never to whoever asked).
      const { outbox } = database.tables
      const [{ recent }] = await tx.select({ recent: count() }).from(outbox)
        .where(and(eq(outbox.signupId, existing.id), gt(outbox.createdAt, new Date(now.getTime() - 3_600_000)))) as [{ recent: number }]
      if (existing.idempotencyKey !== input.idempotencyKey && Number(recent) < MAILS_PER_HOUR) {
        await queries.queueMail.execute({ id: randomUUID(), eventId, recipient: existing.email!, signupId: existing.id, pendingKind: 'existing', now })
      }
      return { signup: existing, created: false }
    }
    const closed = signupClosedReason(event, now)
    if (closed) throw new SignupRefused(closed)

    const [{ confirmed }] = await queries.countConfirmed.execute({ eventId }) as [{ confirmed: number }]
    const status = statusForNewSignup(Number(confirmed), event.capacity)
    const values = {
      name: input.name,
      email: input.email,
      emailKey: key,
      contact: input.contact,
      university: input.university,
      language: input.language,
      status,
      seq: event.signupSeq,
    }
    const remindedAt = status === 'confirmed' ? remindedOnArrival(event.startsAt, now) : null
    // Someone who cancelled and comes back keeps their row (and link) and joins at the back.
    let [signup] = existing
      ? await tx.update(signups).set({ ...values, remindedAt, consentAt: now, updatedAt: now, idempotencyKey: input.idempotencyKey }).where(eq(signups.id, existing.id)).returning()
      : await queries.insertSignup.execute({
          ...values,
          id: randomUUID(),
          eventId,
          token: randomBytes(24).toString('base64url'),
          checkinCode: newTicketCode(),
          idempotencyKey: input.idempotencyKey,
          now,
        })
    // A place given within the reminder's reach: the confirmation is the reminder (rare, so not in the compiled insert).
    if (!existing && remindedAt) [signup] = await tx.update(signups).set({ remindedAt }).where(eq(signups.id, signup!.id)).returning()
    await queries.queueMail.execute({
      id: randomUUID(), eventId, recipient: input.email, signupId: signup!.id, pendingKind: signup!.status === 'waiting' ? 'waiting' : 'confirmed', now,
    })
    return { signup: signup!, created: true }
  })
}

export interface CancelOutcome {
  signup: SignupRow | null
  /** People moved from the waiting list to confirmed by this cancellation. */
  promoted: SignupRow[]
}

/** Cancels by personal link and, in the same transaction, promotes the next people waiting and queues their notices. */
export function cancelSignup(database: Database, token: string, now = new Date()): Promise<CancelOutcome> {
  const { signups } = database.tables
  return database.transaction(async (tx) => {
    const [found] = await tx.select().from(signups).where(eq(signups.token, token))
    if (!found || found.status === 'cancelled') return { signup: found ?? null, promoted: [] }
    const event = (await lockEvent(database, tx, found.eventId))!
    const [signup] = await tx.update(signups).set({ status: 'cancelled', updatedAt: now }).where(eq(signups.id, found.id)).returning()
    // Told it is done, with the calendar entry taken back for someone who had a place.
    if (found.email) await queueNotices(database, tx, [{ eventId: event.id, signupId: found.id, recipient: found.email, kind: found.status === 'confirmed' ? 'withdrawn' : 'withdrawnWaiting' }], now)
    const promoted = await promoteWaiting(database, tx, event, now)
    return { signup: signup!, promoted }
  })
}

/** Moves people up from the waiting list into free places, and queues each one's notice in the same transaction. */
export async function promoteWaiting(database: Database, tx: AppDb, event: Pick<EventRow, 'id' | 'capacity' | 'startsAt'>, now: Date) {
  const { id: eventId, capacity } = event
  const { signups } = database.tables
  const [{ confirmed }] = await tx.select({ confirmed: count() }).from(signups)
    .where(and(eq(signups.eventId, eventId), eq(signups.status, 'confirmed'))) as [{ confirmed: number }]
  const waiting = await tx.select().from(signups)
    .where(and(eq(signups.eventId, eventId), eq(signups.status, 'waiting')))
    .orderBy(asc(signups.seq))
  const promoted: SignupRow[] = []
  for (const next of waiting.slice(0, placesToPromote(Number(confirmed), capacity, waiting.length))) {
    const [row] = await tx.update(signups).set({ status: 'confirmed', remindedAt: remindedOnArrival(event.startsAt, now), updatedAt: now }).where(eq(signups.id, next.id)).returning()
    promoted.push(row!)
  }
  await queueNotices(database, tx, promoted.filter(row => row.email).map(row => ({ eventId, signupId: row.id, recipient: row.email!, kind: 'promoted' })), now)
  return promoted
}

/** Position (1-based) on the waiting list, or null for anyone not waiting. */
export async function waitingListPosition(database: Database, signup: SignupRow): Promise<number | null> {
  if (signup.status !== 'waiting') return null
  const { signups } = database.tables
  const [{ ahead }] = await database.db.select({ ahead: count() }).from(signups)
    .where(and(eq(signups.eventId, signup.eventId), eq(signups.status, 'waiting'), sql`${signups.seq} < ${signup.seq}`)) as [{ ahead: number }]
  return Number(ahead) + 1
}

/**
 * A student deletes their own data from the personal link: the sign-up is cancelled (the next
 * person waiting moves up), the personal fields are erased and the e-mails to them removed.
 */
export function deleteOwnData(database: Database, token: string, now = new Date()): Promise<CancelOutcome> {
  const { signups, outbox, reflections } = database.tables
  return database.transaction(async (tx) => {
    const [found] = await tx.select().from(signups).where(eq(signups.token, token))
    if (!found) return { signup: null, promoted: [] }
    const event = (await lockEvent(database, tx, found.eventId))!
    // Their reflection goes too, published or not: it is theirs.
    await tx.delete(reflections).where(eq(reflections.signupId, found.id))
    if (found.email) await tx.delete(outbox).where(and(eq(outbox.eventId, found.eventId), eq(outbox.recipient, found.email)))
    const [signup] = await tx.update(signups).set({
      status: 'cancelled', name: null, email: null, emailKey: null, contact: null, university: null, personalDataDeletedAt: now, updatedAt: now,
    }).where(eq(signups.id, found.id)).returning()
    const promoted = found.status === 'confirmed' ? await promoteWaiting(database, tx, event, now) : []
    return { signup: signup!, promoted }
  })
}
