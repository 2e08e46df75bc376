import type { Database } from '../db/connect'
import { LIVE_CHANNEL, liveUpdatesAfter } from '../db/liveStore'
import type { LiveUpdate } from '../../shared/types/live'

/**
 * This server's followers of live walks, by event. The database holds every update and orders them; the
 * hub only hands them out: told that an event has news (by PostgreSQL's NOTIFY from whichever server
 * recorded it, or in process on SQLite, where there is one server), it reads what is new once and gives
 * it to each of its followers of that event. A follower skips what it has had already.
 */
type Listener = (update: LiveUpdate) => void

interface EventHub {
  listeners: Set<Listener>
  /** The last update read from the database for this event on this server. */
  cursor: number
  /** Reads run one after another, so two announcements close together read each update once. */
  reading: Promise<void>
}

const hubs = new Map<string, EventHub>()
let listening: Promise<void> | null = null

/** Also read every so often: a lost notification (a dropped listening connection) then delays an update, never loses it. */
const SWEEP_MS = 15_000
let sweeper: ReturnType<typeof setInterval> | null = null

export async function subscribeLive(database: Database, eventId: string, cursor: number, listener: Listener): Promise<() => void> {
  await listenOnce(database)
  let hub = hubs.get(eventId)
  if (!hub) {
    hub = { listeners: new Set(), cursor, reading: Promise.resolve() }
    hubs.set(eventId, hub)
  }
  hub.cursor = Math.min(hub.cursor, cursor)
  hub.listeners.add(listener)
  sweeper ??= setInterval(() => {
    for (const id of hubs.keys()) void announceLive(database, id)
  }, SWEEP_MS).unref()
  return () => {
    hub.listeners.delete(listener)
    if (hub.listeners.size === 0 && hubs.get(eventId) === hub) hubs.delete(eventId)
    if (hubs.size === 0 && sweeper) {
      clearInterval(sweeper)
      sweeper = null
    }
  }
}

/** An event has news: read it once and hand it to this server's followers of that event. */
export function announceLive(database: Database, eventId: string): Promise<void> {
  const hub = hubs.get(eventId)
  if (!hub) return Promise.resolve()
  hub.reading = hub.reading.then(async () => {
    const updates = await liveUpdatesAfter(database, eventId, hub.cursor)
    for (const update of updates) {
      hub.cursor = update.seq
      for (const listener of hub.listeners) listener(update)
    }
    // More than one page behind: read on.
    if (updates.length === 500) void announceLive(database, eventId)
  }).catch((error: Error) => console.error('Live updates could not be read:', error.message))
  return hub.reading
}

/**
 * On PostgreSQL, listens once per server for every server's news. On SQLite the server that records an
 * update announces it itself (see publishLiveChange).
 */
function listenOnce(database: Database): Promise<void> {
  if (!database.listen) return Promise.resolve()
  listening ??= database.listen(
    LIVE_CHANNEL,
    eventId => void announceLive(database, eventId),
    // Listening (re)started: whatever was notified meanwhile is read now.
    () => { for (const id of hubs.keys()) void announceLive(database, id) },
  ).catch((error: Error) => {
    listening = null
    throw error
  })
  return listening
}
