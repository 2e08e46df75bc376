import type { H3Event } from 'h3'
import { enqueueMail } from '../db/outboxStore'
import { deliverOutbox } from '../mail/deliver'
import { studioMailsFor, type StudioMailKind } from '../studio/studioMail'
import type { SubmissionRow } from '../studio/submissionStore'
import { workspaceFromEnv } from '../studio/workspace'

/** Queues the studio e-mails of a step and sends them after the answer; a mail problem never undoes the step. */
export async function sendStudioMail(event: H3Event, kind: StudioMailKind, row: SubmissionRow) {
  try {
    const database = await useDatabase()
    for (const mail of await studioMailsFor(kind, database, workspaceFromEnv(), row, requirePublicOrigin())) await enqueueMail(database, mail)
    event.waitUntil(deliverOutbox(database, event).catch(() => 0))
  }
  catch (error) {
    console.error(`[studio] could not queue the ${kind} e-mail of submission ${row.id}`, error)
  }
}
