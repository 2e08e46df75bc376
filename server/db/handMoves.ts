import { and, count, eq } from 'drizzle-orm'
import type { Database } from './connect'
import { queueNotices } from './outboxStore'
import { remindedOnArrival } from './reminderLead'
import { lockEvent, promoteWaiting } from './signupStore'
import type { SignupRow } from '../../shared/types/rows'

export type HandMoveTarget = 'confirmed' | 'waiting'

/**
 * Why a move is refused: `overCapacity`, the walk is full and the organiser did not say to go past it;
 * `nobodyWaiting`, the place freed would come straight back to the same person; `checkedIn`, they are here.
 */
export type HandMoveRefusal = 'notFound' | 'cancelled' | 'overCapacity' | 'nobodyWaiting' | 'checkedIn'

export type HandMoveOutcome = { refused: HandMoveRefusal } | { moved: SignupRow, promoted: SignupRow[], changed: boolean }

/**
 * An organiser moves one student by hand, in one transaction with the e-mails it causes:
 * - to confirmed ("give a place"), out of turn; past the capacity only when `overCapacity` says so;
 * - to the waiting list, at its end; the place freed goes to the first person waiting, who is told as when
 *   someone cancels.
 * Moving someone to where they already are changes nothing and e-mails nobody.
 */
export async function moveSignupByHand(database: Database, eventId: string, signupId: string, to: HandMoveTarget, options: { overCapacity: boolean }, now = new Date()): Promise<HandMoveOutcome> {
  try {
    return await move(database, eventId, signupId, to, options, now)
  }
  catch (error) {
    if (error instanceof NothingWritten) return error.outcome
    throw error
  }
}

/** Ends the transaction without writing: taking the lock bumped the event's counter, which a refusal must not keep. */
class NothingWritten extends Error {
  constructor(readonly outcome: HandMoveOutcome) {
    super('nothing written')
  }
}

const refuse = (reason: HandMoveRefusal) => new NothingWritten({ refused: reason })

function move(database: Database, eventId: string, signupId: string, to: HandMoveTarget, options: { overCapacity: boolean }, now: Date): Promise<HandMoveOutcome> {
  const { signups } = database.tables
  return database.transaction(async (tx) => {
    const event = await lockEvent(database, tx, eventId)
    const [found] = event ? await tx.select().from(signups).where(and(eq(signups.id, signupId), eq(signups.eventId, eventId))) : []
    if (!event || !found) throw refuse('notFound')
    if (found.status === 'cancelled') throw refuse('cancelled')
    if (found.status === to) throw new NothingWritten({ moved: found, promoted: [], changed: false })
    const counted = async (status: HandMoveTarget) => Number((await tx.select({ n: count() }).from(signups)
      .where(and(eq(signups.eventId, eventId), eq(signups.status, status))))[0]!.n)

    if (to === 'confirmed') {
      if (await counted('confirmed') >= event.capacity && !options.overCapacity) throw refuse('overCapacity')
      const [moved] = await tx.update(signups).set({ status: 'confirmed', remindedAt: remindedOnArrival(event.startsAt, now), updatedAt: now })
        .where(eq(signups.id, found.id)).returning()
      if (found.email) await queueNotices(database, tx, [{ eventId, signupId: found.id, recipient: found.email, kind: 'placeGiven' }], now)
      return { moved: moved!, promoted: [], changed: true }
    }

    if (found.checkedInAt) throw refuse('checkedIn')
    const freesAPlace = await counted('confirmed') <= event.capacity
    if (freesAPlace && await counted('waiting') === 0) throw refuse('nobodyWaiting')
    // The end of the list: the sign-up counter lockEvent just moved on is the next arrival's number.
    const [moved] = await tx.update(signups).set({ status: 'waiting', seq: event.signupSeq, remindedAt: null, updatedAt: now })
      .where(eq(signups.id, found.id)).returning()
    if (found.email) await queueNotices(database, tx, [{ eventId, signupId: found.id, recipient: found.email, kind: 'movedToWaiting' }], now)
    const promoted = (await promoteWaiting(database, tx, event, now)).filter(row => row.id !== found.id)
    return { moved: moved!, promoted, changed: true }
  })
}
