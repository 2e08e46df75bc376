import type { H3Event } from 'h3'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Database } from '../db/connect'
import { claimMail, markFailed, markSent, releaseMail, storeWrittenMail, type OutboxRow, type OutgoingMail } from '../db/outboxStore'
import { publicOrigin } from '../utils/publicOrigin'
import { eventDetails, writeNotice, type EventDetails } from './writeNotice'

/** Few per claim, with a pause between batches while sign-ups keep coming, so a rush's mail never holds up answers. */
const BATCH = 8
/** How long a claim holds: a worker that dies mid-batch lets its mail go to another server after this. */
const LEASE_MS = Number(process.env.CITYWALK_MAIL_LEASE_S || 120) * 1000
const RUSH_WINDOW_MS = 100
const RUSH_PAUSE_MS = 20

let transport: Transporter | null | undefined
let lastCalledAt = 0
// Coalesces this process's calls into one run at a time. It only saves work: which mail a run may send is decided by the database claim.
let running: Promise<number> | null = null
let runAgain = false
/** Mail this process holds a lease on, given back if it shuts down. */
const held = new Set<string>()

function smtpTransport(): Transporter | null {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null
  return transport
}

const pauseBetweenBatches = () => new Promise(resolve => performance.now() - lastCalledAt < RUSH_WINDOW_MS
  ? setTimeout(resolve, RUSH_PAUSE_MS)
  : setImmediate(resolve))

/**
 * Claims, writes and sends queued mail until none is left that this server may take. Any server may run
 * it at any time: each mail goes to the one that claimed it. `request` (null for the scheduled task) is
 * the request that queued mail, if any. Returns how many were sent by this run.
 */
export function deliverOutbox(database: Database, request: H3Event | null = null): Promise<number> {
  lastCalledAt = performance.now()
  if (running) {
    runAgain = true
    return running
  }
  running = (async () => {
    let sent = 0
    try {
      do {
        runAgain = false
        sent += await drain(database, request)
      } while (runAgain)
    }
    finally {
      running = null
    }
    return sent
  })()
  return running
}

async function drain(database: Database, request: H3Event | null): Promise<number> {
  const origin = publicOrigin()
  const smtp = smtpTransport()
  const details = eventDetails()
  let sent = 0
  for (;;) {
    const now = new Date()
    const rows = await claimMail(database, { limit: BATCH, now, leaseUntil: new Date(now.getTime() + LEASE_MS), write: origin !== null, send: smtp !== null })
    if (rows.length === 0) return sent
    for (const row of rows) held.add(row.id)
    try {
      const ready = await writeNotices(database, request, rows, origin, details, smtp === null)
      if (smtp) {
        for (const mail of ready) if (await send(database, smtp, mail, origin)) sent++
      }
    }
    finally {
      for (const row of rows) held.delete(row.id)
    }
    await pauseBetweenBatches()
  }
}

/** Writes the claimed notices still to be written (stored in one transaction); returns the mail ready to send. */
async function writeNotices(database: Database, request: H3Event | null, rows: OutboxRow[], origin: string | null, details: EventDetails, release: boolean): Promise<OutboxRow[]> {
  const written: { id: string, mail: OutgoingMail | null }[] = []
  const ready: OutboxRow[] = []
  for (const row of rows) {
    if (!row.pendingKind) {
      ready.push(row)
      continue
    }
    try {
      const mail = await writeNotice(database, request, row, origin!, details)
      written.push({ id: row.id, mail })
      if (mail) ready.push({ ...row, ...mail, icsAttachment: mail.icsAttachment ?? null, pendingKind: null })
    }
    catch (error) {
      // Never the address or the content in the log; tried again later, with back-off.
      console.error('Could not write a queued e-mail:', (error as Error).message)
      await markFailed(database, row, (error as Error).message.slice(0, 200), new Date()).catch(() => {})
    }
  }
  await storeWrittenMail(database, written, release)
  return ready
}

/** Sends one mail and records the outcome; true when sent. */
async function send(database: Database, smtp: Transporter, mail: OutboxRow, origin: string | null): Promise<boolean> {
  try {
    await smtp.sendMail({
      from: process.env.MAIL_FROM || 'Citywalk Shanghai <no-reply@citywalk.local>',
      // The same for every try of this mail, so a mail sent twice (a server died before recording it) is recognisable.
      messageId: `<${mail.id}@${origin ? new URL(origin).hostname : 'citywalk.local'}>`,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.icsAttachment
        ? [{ filename: 'citywalk.ics', content: mail.icsAttachment, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
        : [],
    })
    await markSent(database, mail.id, new Date())
    return true
  }
  catch (error) {
    // The reason only: never the address or the content.
    await markFailed(database, mail, (error as Error).message.slice(0, 200), new Date()).catch(() => {})
    return false
  }
}

/** Gives back what this server holds (on shutdown), so another server sends it at once instead of after the lease. */
export async function releaseHeldMail(database: Database) {
  await releaseMail(database, [...held])
  held.clear()
}
