import type { H3Event } from 'h3'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Database } from '../db/connect'
import { markMail, unsentMail } from '../db/outboxStore'
import { writeQueuedMail } from './writeQueued'

let transport: Transporter | null | undefined
let delivering: Promise<number> | null = null
// Set when mail is queued during a delivery run, whose list of unsent mail may predate it.
let queuedDuringRun = false
let lastCalledAt = 0

/** While sign-ups keep coming (a rush), their answers go first: e-mails are written in short batches every few milliseconds. */
const RUSH_WINDOW_MS = 100
const RUSH_PAUSE_MS = 20
const pauseBetweenBatches = () => new Promise(resolve => performance.now() - lastCalledAt < RUSH_WINDOW_MS
  ? setTimeout(resolve, RUSH_PAUSE_MS)
  : setImmediate(resolve))

function smtpTransport(): Transporter | null {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null
  return transport
}

/**
 * Writes the queued sign-up e-mails, then sends what waits in the outbox, one run at a time; without
 * SMTP_URL mail stays in the outbox. `request` (null for the scheduled task) is the request that
 * caused the run: content is read through it. Returns how many were sent.
 */
export function deliverOutbox(database: Database, request: H3Event | null = null): Promise<number> {
  const smtp = smtpTransport()
  lastCalledAt = performance.now()
  if (delivering) {
    queuedDuringRun = true
    return delivering
  }
  delivering = (async () => {
    let sent = 0
    try {
      do {
        queuedDuringRun = false
        await writeQueuedMail(database, request, pauseBetweenBatches)
        if (smtp) sent += await deliverBatch(database, smtp)
      } while (queuedDuringRun)
    }
    finally {
      delivering = null
    }
    return sent
  })()
  return delivering
}

async function deliverBatch(database: Database, smtp: Transporter): Promise<number> {
  let sent = 0
  for (const mail of await unsentMail(database)) {
    try {
      await smtp.sendMail({
        from: process.env.MAIL_FROM || 'Citywalk Shanghai <no-reply@citywalk.local>',
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.icsAttachment
          ? [{ filename: 'citywalk.ics', content: mail.icsAttachment, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
          : [],
      })
      await markMail(database, mail.id, { sentAt: new Date() })
      sent++
    }
    catch (error) {
      // The reason only: never the address or the content.
      await markMail(database, mail.id, { error: (error as Error).message.slice(0, 200) })
    }
  }
  return sent
}
