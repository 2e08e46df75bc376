import { randomBytes } from 'node:crypto'
import { and, eq, gt, lt } from 'drizzle-orm'
import type { Database } from './connect'

/** Starts a server-side session for a login; its id goes into the sealed cookie. */
export async function openSession(database: Database, userId: string, lifetimeMs: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString('base64url')
  await database.db.insert(database.tables.sessions).values({ id, userId, expiresAt: new Date(now.getTime() + lifetimeMs), createdAt: now, updatedAt: now })
  return id
}

/** Whether a cookie's session still counts: its row exists, belongs to this user and has not expired. */
export async function sessionIsLive(database: Database, sessionId: string | undefined, userId: string, now = new Date()): Promise<boolean> {
  if (!sessionId) return false
  const { sessions } = database.tables
  const [row] = await database.db.select({ id: sessions.id }).from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
  return Boolean(row)
}

/** Ends one session (logout): every copy of its cookie stops working at once. */
export async function closeSession(database: Database, sessionId: string): Promise<void> {
  await database.db.delete(database.tables.sessions).where(eq(database.tables.sessions.id, sessionId))
}

/** Ends every session of a user (a new password, a removed account). */
export async function closeSessionsOf(database: Database, userId: string): Promise<void> {
  await database.db.delete(database.tables.sessions).where(eq(database.tables.sessions.userId, userId))
}

/** Drops expired sessions (run by the scheduled task). */
export async function deleteExpiredSessions(database: Database, now = new Date()): Promise<void> {
  await database.db.delete(database.tables.sessions).where(lt(database.tables.sessions.expiresAt, now))
}
