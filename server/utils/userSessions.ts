import type { H3Event } from 'h3'
import type { User } from '#auth-utils'
import { closeSession, openSession, sessionIsLive } from '../db/sessionStore'

/** Logs a user in: a session row of its own, whose id is sealed in the cookie with the user. */
export async function logIn(event: H3Event, user: User) {
  const lifetimeMs = Number(useRuntimeConfig(event).session.maxAge) * 1000
  const sessionId = await openSession(await useDatabase(), user.id, lifetimeMs)
  await setUserSession(event, { user, loggedInAt: Date.now(), sessionId })
}

/** The logged-in user, if their session row still exists; a revoked or forged-old cookie is cleared. */
export async function liveSessionUser(event: H3Event): Promise<User | null> {
  const session = await getUserSession(event)
  if (!session.user) return null
  if (await sessionIsLive(await useDatabase(), session.sessionId, session.user.id)) return session.user
  await clearUserSession(event)
  return null
}

/** Logs out: the session row goes, so a copy of the cookie made before works no more. */
export async function logOut(event: H3Event) {
  const session = await getUserSession(event)
  if (session.sessionId) await closeSession(await useDatabase(), session.sessionId)
  await clearUserSession(event)
}
