import { randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'

/**
 * Adds a published event straight into the test server's SQLite file (the organiser screens come
 * later), so a test has an event of its own that no other test fills.
 */
export function insertPublishedEvent(options: { capacity: number, startsInDays?: number }): string {
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!)
  try {
    const id = randomUUID()
    const startsAt = Date.now() + (options.startsInDays ?? 10) * 86_400_000
    db.prepare(`INSERT INTO events (id, walk_slug, stop_slugs, meeting_lat_e6, meeting_lng_e6, meeting_note, starts_at, duration_min,
      capacity, guide_languages, signup_deadline, descriptions, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published')`).run(
      id, 'suzhou-creek', JSON.stringify(['zhongshan-park-frontage', 'ecupl-st-johns-campus', 'suzhou-creek-ecupl-walkway']),
      31_219_900, 121_411_100, JSON.stringify({ en: 'Zhongshan Park station' }), startsAt, 120, options.capacity,
      JSON.stringify(['en']), startsAt - 86_400_000, JSON.stringify({ en: 'A test walk by the creek.' }),
    )
    return id
  }
  finally {
    db.close()
  }
}

/** Opens the test server's SQLite file read-only for one read. */
function readDatabase<T>(read: (db: Sqlite.Database) => T): T {
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!, { readonly: true })
  try {
    return read(db)
  }
  finally {
    db.close()
  }
}

/** The sign-ups stored for an event, read straight from the server's SQLite file. */
export function signupsFor(eventId: string): { email: string, status: string }[] {
  return readDatabase(db => db.prepare('SELECT email, status FROM signups WHERE event_id = ? ORDER BY seq').all(eventId) as { email: string, status: string }[])
}

/** The check-in code of a sign-up (for a place whose page shows no ticket). */
export function checkinCodeOf(token: string): string {
  return readDatabase(db => (db.prepare('SELECT checkin_code FROM signups WHERE token = ?').get(token) as { checkin_code: string }).checkin_code)
}
