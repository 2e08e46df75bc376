import type { H3Event } from 'h3'
import { eq } from 'drizzle-orm'
import { isLocaleCode } from '../../i18n/registry'
import type { EventDetail } from '../../shared/types/event'
import type { Database } from '../db/connect'
import { storeWrittenMail, unwrittenMail, type OutboxRow } from '../db/outboxStore'
import { waitingListPosition } from '../db/signupStore'
import { eventForMail } from '../utils/eventForMail'
import { publicOrigin } from '../utils/publicOrigin'
import { signupMail, type SignupMailKind } from './signupMail'

/** Few per batch, with a pause between batches (see `pause`), so a rush's backlog never holds up requests. */
const BATCH = 8
/** Event details are reused for this long within one run (an organiser's change sends its own e-mail). */
const DETAIL_TTL_MS = 1_000

/**
 * Writes the e-mails that sign-ups queued as a kind and a sign-up id (subject, text, calendar file),
 * oldest first, until none is left, waiting on `pause` between batches. Returns how many were written.
 * With no public origin configured nothing is written: the mail waits in the outbox, links unguessed.
 */
export async function writeQueuedMail(database: Database, request: H3Event | null, pause: () => Promise<unknown>): Promise<number> {
  const origin = publicOrigin()
  if (!origin) return 0
  const details = new Map<string, EventDetail>()
  let detailsSince = performance.now()
  const failed: string[] = []
  let written = 0
  for (;;) {
    const rows = await unwrittenMail(database, BATCH, failed)
    if (rows.length === 0) return written
    if (performance.now() - detailsSince > DETAIL_TTL_MS) {
      details.clear()
      detailsSince = performance.now()
    }
    const done: Parameters<typeof storeWrittenMail>[1] = []
    for (const row of rows) {
      try {
        done.push({ id: row.id, mail: await writeOne(database, request, row, details, origin) })
      }
      catch (error) {
        // Left queued for the scheduled task's next try; never the address or the content in the log.
        console.error('Could not write a queued e-mail:', (error as Error).message)
        failed.push(row.id)
      }
    }
    await storeWrittenMail(database, done)
    written += done.length
    await pause()
  }
}

async function writeOne(database: Database, request: H3Event | null, row: OutboxRow, details: Map<string, EventDetail>, origin: string) {
  const { signups } = database.tables
  const [signup] = row.signupId ? await database.db.select().from(signups).where(eq(signups.id, row.signupId)) : []
  // The person deleted their data before the e-mail was written: there is no one to write to.
  if (!signup?.email || !signup.name || !row.eventId) return null
  const locale = isLocaleCode(signup.language) ? signup.language : 'en'
  const key = `${row.eventId} ${locale}`
  let detail = details.get(key)
  if (!detail) details.set(key, detail = await eventForMail(request, database, row.eventId, locale))
  const position = await waitingListPosition(database, signup)
  const recipient = { name: signup.name, email: signup.email, language: signup.language, token: signup.token, position }
  return signupMail(row.pendingKind as SignupMailKind, recipient, detail, origin)
}
