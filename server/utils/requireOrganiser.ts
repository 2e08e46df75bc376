import type { H3Event } from 'h3'
import { eq } from 'drizzle-orm'
import type { Role } from '../db/userStore'
import { teamRoleOf } from '../db/teamStore'

/** The logged-in user if their role is one of `roles`, or a 401 (no session) / 403 (another role). */
async function requireRole(event: H3Event, roles: readonly Role[]) {
  const user = await liveSessionUser(event)
  if (!user) throw apiError(401, 'unauthenticated')
  if (!roles.includes(user.role)) throw apiError(403, 'forbidden')
  return user
}

/** The logged-in organiser, or a 401 / 403. */
export const requireOrganiser = (event: H3Event) => requireRole(event, ['organiser'])

/** Anyone who works on the content in the studio: organisers and volunteers. */
export const requireEditor = (event: H3Event) => requireRole(event, ['organiser', 'volunteer'])

/**
 * The walk's team member asking, and what they do on it: an organiser not on the team gets a 404, as if
 * the walk were not there; a volunteer account, a 403, unless it is named the walk's guide. Guides check
 * people in and lead the live walk.
 */
export async function requireEventTeam(event: H3Event, eventId: string) {
  const user = await requireEditor(event)
  const database = await useDatabase()
  const role = await teamRoleOf(database, eventId, user.id)
  if (!role) throw user.role === 'organiser' ? apiError(404, 'eventNotFound') : apiError(403, 'forbidden')
  return { user, database, role }
}

/** Only a walk's co-organisers see or export its list, change it or its team; a guide is told it is not theirs to do (403). */
export async function requireEventOrganiser(event: H3Event, eventId: string) {
  const allowed = await requireEventTeam(event, eventId)
  if (allowed.role !== 'organiser') throw apiError(403, 'guideOnly')
  return allowed
}

/** Check-in (and leading the live walk) is for a walk that goes ahead: a cancelled one refuses it (409 cancelled), however it is asked. */
export async function requireCheckInOpen(event: H3Event, eventId: string) {
  const allowed = await requireEventTeam(event, eventId)
  const { events } = allowed.database.tables
  const [row] = await allowed.database.db.select({ status: events.status }).from(events).where(eq(events.id, eventId))
  if (row?.status === 'cancelled') throw apiError(409, 'cancelled')
  return allowed
}
