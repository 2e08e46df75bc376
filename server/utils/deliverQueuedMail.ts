import type { H3Event } from 'h3'
import type { Database } from '../db/connect'
import { deliverOutbox } from '../mail/deliver'

/** Sends what a request's committed transaction queued, after the answer; the scheduler retries what fails. */
export function deliverQueuedMail(event: H3Event, database: Database) {
  event.waitUntil(deliverOutbox(database, event).catch(() => 0))
}
