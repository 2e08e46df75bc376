import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { AppDb, Database } from './connect'
import { queueMails, type OutgoingMail } from './outboxStore'
import type { TeamMember, TeamRole } from '../../shared/types/team'

/** `volunteerGuideOnly`: a volunteer account can guide a walk, not run it. */
export type TeamRefusal = 'accountNotFound' | 'lastOrganiser' | 'notInTeam' | 'volunteerGuideOnly'

/** What `userId` does on the walk, or null when they are not on its team. */
export async function teamRoleOf(database: Database, eventId: string, userId: string): Promise<TeamRole | null> {
  const { eventOrganisers } = database.tables
  const [link] = await database.db.select({ role: eventOrganisers.role }).from(eventOrganisers)
    .where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.userId, userId)))
  return link?.role ?? null
}

export async function teamOf(database: Database, eventId: string, viewerId: string): Promise<TeamMember[]> {
  const { eventOrganisers, users } = database.tables
  // Co-organisers ('organiser') before guides.
  const rows = await database.db.select({ userId: users.id, name: users.name, email: users.email, role: eventOrganisers.role })
    .from(eventOrganisers).innerJoin(users, eq(users.id, eventOrganisers.userId))
    .where(eq(eventOrganisers.eventId, eventId)).orderBy(desc(eventOrganisers.role), asc(users.name))
  return rows.map(row => ({ ...row, you: row.userId === viewerId }))
}

/** Touches the event's row, so two changes to one team (on two servers) take turns. */
async function lockTeam(tx: AppDb, database: Database, eventId: string) {
  const { events } = database.tables
  await tx.update(events).set({ updatedAt: sql`${events.updatedAt}` }).where(eq(events.id, eventId))
}

async function organiserCount(tx: AppDb, database: Database, eventId: string): Promise<number> {
  const { eventOrganisers } = database.tables
  const rows = await tx.select({ userId: eventOrganisers.userId }).from(eventOrganisers)
    .where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.role, 'organiser')))
  return rows.length
}

/**
 * Names the account with `email` to the walk's team as `role` (a volunteer's account only as guide), or
 * changes the role of someone already on it. A walk always keeps one co-organiser: the last one cannot become a guide. When that
 * changes what the person does, `notice` writes the e-mail telling them, queued with the change.
 */
export async function nameTeamMember(database: Database, eventId: string, email: string, role: TeamRole, notice?: (member: { name: string, email: string }) => OutgoingMail): Promise<{ refused: TeamRefusal } | { mailQueued: boolean }> {
  const { eventOrganisers, users } = database.tables
  return database.transaction(async (tx) => {
    const [account] = await tx.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    if (!account) return { refused: 'accountNotFound' }
    if (account.role === 'volunteer' && role !== 'guide') return { refused: 'volunteerGuideOnly' }
    await lockTeam(tx, database, eventId)
    const [current] = await tx.select({ role: eventOrganisers.role }).from(eventOrganisers)
      .where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.userId, account.id)))
    if (current?.role === 'organiser' && role === 'guide' && await organiserCount(tx, database, eventId) <= 1) return { refused: 'lastOrganiser' }
    await tx.insert(eventOrganisers).values({ eventId, userId: account.id, role })
      .onConflictDoUpdate({ target: [eventOrganisers.eventId, eventOrganisers.userId], set: { role } })
    // Named again as what they already are: nothing new to tell them.
    const mailQueued = !!notice && current?.role !== role
    if (mailQueued) await queueMails(database, tx, [notice(account)])
    return { mailQueued }
  })
}

export async function removeTeamMember(database: Database, eventId: string, userId: string): Promise<TeamRefusal | null> {
  const { eventOrganisers } = database.tables
  return database.transaction(async (tx) => {
    await lockTeam(tx, database, eventId)
    const [current] = await tx.select({ role: eventOrganisers.role }).from(eventOrganisers)
      .where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.userId, userId)))
    if (!current) return 'notInTeam'
    if (current.role === 'organiser' && await organiserCount(tx, database, eventId) <= 1) return 'lastOrganiser'
    await tx.delete(eventOrganisers).where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.userId, userId)))
    return null
  })
}
