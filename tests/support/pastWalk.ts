import Sqlite from 'better-sqlite3'

/**
 * Moves a walk into the past, as the days passing would: it began two hours ago (its sign-ups, made
 * while it was ahead, stay). The API refuses to make walks in the past, rightly.
 */
export function moveWalkIntoPast(databaseFile: string, eventId: string, hoursAgo = 2) {
  const db = new Sqlite(databaseFile)
  try {
    const startsAt = Date.now() - hoursAgo * 3_600_000
    db.prepare('UPDATE events SET starts_at = ?, signup_deadline = ? WHERE id = ?').run(startsAt, startsAt - 86_400_000, eventId)
  }
  finally {
    db.close()
  }
}
