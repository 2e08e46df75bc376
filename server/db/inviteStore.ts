import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { and, eq, gt, isNull } from 'drizzle-orm'
import { INVITE_DAYS, type InviteAccept } from '../../shared/schemas/invite'
import type { Database } from './connect'
import { newUserRow } from './userStore'
import { queueMails, type OutgoingMail } from './outboxStore'

export type InviteProblem = 'inviteNotFound' | 'inviteUsed' | 'inviteExpired' | 'emailTaken'

export class InviteRefused extends Error {
  constructor(readonly reason: InviteProblem) {
    super(reason)
  }
}

// Only a hash is stored, so a copy of the database holds no link that still works.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Makes a one-time invite for a volunteer; the token, for the link, is returned once and stored only as a hash. */
export async function createInvite(database: Database, invite: { email: string, invitedBy: string }, now = new Date(), mail?: (token: string) => OutgoingMail) {
  const { invites, users } = database.tables
  const email = invite.email.trim().toLowerCase()
  const [taken] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, email))
  if (taken) throw new InviteRefused('emailTaken')
  const token = randomBytes(24).toString('base64url')
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000)
  // Through the write queue: on SQLite a bare write could land inside another caller's open transaction.
  await database.transaction(async (tx) => {
    await tx.insert(invites).values({ id: randomUUID(), tokenHash: hashToken(token), email, invitedBy: invite.invitedBy, expiresAt, createdAt: now, updatedAt: now })
    // The e-mail carrying the link is queued with the invite itself.
    if (mail) await queueMails(database, tx, [mail(token)])
  })
  return { token, expiresAt }
}

/** The address an invite link is for, while the link can still be used; otherwise InviteRefused with the reason. */
export async function findInvite(database: Database, token: string, now = new Date()) {
  const [invite] = await database.db.select().from(database.tables.invites).where(eq(database.tables.invites.tokenHash, hashToken(token)))
  if (!invite) throw new InviteRefused('inviteNotFound')
  if (invite.usedAt) throw new InviteRefused('inviteUsed')
  if (invite.expiresAt <= now) throw new InviteRefused('inviteExpired')
  return { email: invite.email, expiresAt: invite.expiresAt }
}

/**
 * Uses an invite: marks it used and creates the volunteer's account in one transaction. The update
 * only claims an unused, unexpired invite, so of two people racing with one link only one gets in.
 */
export async function acceptInvite(database: Database, token: string, input: InviteAccept, now = new Date()) {
  const { invites, users } = database.tables
  const { email } = await findInvite(database, token, now)
  const row = await newUserRow({ email, name: input.name, role: 'volunteer', password: input.password })
  return database.transaction(async (tx) => {
    const [claimed] = await tx.update(invites).set({ usedAt: now, updatedAt: now })
      .where(and(eq(invites.tokenHash, hashToken(token)), isNull(invites.usedAt), gt(invites.expiresAt, now)))
      .returning()
    if (!claimed) throw new InviteRefused('inviteUsed')
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email))
    if (taken) throw new InviteRefused('emailTaken')
    await tx.insert(users).values(row)
    return { id: row.id, email: row.email, name: row.name, role: row.role }
  })
}
