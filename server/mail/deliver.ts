import nodemailer, { type Transporter } from 'nodemailer'
import type { Database } from '../db/connect'
import { markMail, unsentMail } from '../db/outboxStore'

let transport: Transporter | null | undefined
let delivering: Promise<number> | null = null
// Set when mail is queued during a delivery run, whose list of unsent mail may predate it.
let queuedDuringRun = false

function smtpTransport(): Transporter | null {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null
  return transport
}

/** Sends what waits in the outbox, one run at a time; without SMTP_URL mail stays in the outbox. Returns how many were sent. */
export function deliverOutbox(database: Database): Promise<number> {
  const smtp = smtpTransport()
  if (!smtp) return Promise.resolve(0)
  if (delivering) {
    queuedDuringRun = true
    return delivering
  }
  delivering = (async () => {
    let sent = 0
    try {
      do {
        queuedDuringRun = false
        sent += await deliverBatch(database, smtp)
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
