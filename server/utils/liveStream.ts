import type { H3Event } from 'h3'
import type { Database } from '../db/connect'
import { liveUpdatesAfter, markFollowing, markLeft, readLiveState } from '../db/liveStore'
import type { LiveUpdate } from '../../shared/types/live'

/** A comment line now and then keeps proxies and phones from closing a quiet stream. */
const HEARTBEAT_MS = 20_000
/** A reconnecting phone this far behind gets the whole state instead of every update it missed. */
const MAX_REPLAY = 200
/** Sent with the first event: how long a phone waits before reconnecting after a drop. */
const RETRY_MS = 3_000

/** Every live stream this server sends, to end them when it shuts down. */
const openStreams = new Set<() => void>()

/**
 * Ends every live stream: a server asked to stop would otherwise wait for them for its whole shutdown
 * timeout. Each phone reconnects by itself, with its Last-Event-ID, to whichever server answers.
 */
export function closeLiveStreams() {
  for (const close of openStreams) close()
}

/**
 * Sends an event's live walk as Server-Sent Events: first either the updates after the phone's
 * Last-Event-ID (a reconnect, to this server or another) or the whole current state, then each update
 * as it is recorded. A follower (`signupId`) is marked present while connected.
 */
export async function streamLiveWalk(event: H3Event, database: Database, eventId: string, follower?: { signupId: string }) {
  const stream = createEventStream(event)
  // Until the stream is being sent nothing reads it, and a push would wait for ever: hold what is pushed until then.
  stream.pause()
  setResponseHeaders(event, { 'cache-control': 'no-store', 'x-accel-buffering': 'no' })
  let lastSent = 0
  let pending: LiveUpdate[] | null = []
  const send = (update: LiveUpdate) => {
    if (update.seq <= lastSent) return
    lastSent = update.seq
    void stream.push({ id: String(update.seq), event: 'update', data: JSON.stringify(update) })
  }
  const start = await readLiveState(database, eventId)
  if (!start) throw apiError(404, 'eventNotFound')
  // Subscribed before catching up, and held back until then, so nothing recorded in between is missed.
  const unsubscribe = await subscribeLive(database, eventId, start.seq, (update) => {
    if (pending) pending.push(update)
    else send(update)
  })

  const after = lastEventId(event)
  if (after !== null && after <= start.seq && start.seq - after <= MAX_REPLAY) {
    lastSent = after
    await stream.push({ retry: RETRY_MS, data: '', event: 'resumed', id: String(after) })
    for (const update of collapsePositions(await liveUpdatesAfter(database, eventId, after, MAX_REPLAY))) send(update)
  }
  else {
    lastSent = start.seq
    await stream.push({ retry: RETRY_MS, id: String(start.seq), event: 'state', data: JSON.stringify(start.state) })
  }
  for (const update of pending) send(update)
  pending = null

  // When this connection last said the follower is here: its close may only undo that, not a newer connection's.
  let lastMarked = new Date()
  if (follower) await markFollowing(database, eventId, follower.signupId, lastMarked)
  const heartbeat = setInterval(() => {
    void stream.push({ event: 'ping', data: '' })
    lastMarked = new Date()
    if (follower) void markFollowing(database, eventId, follower.signupId, lastMarked).catch(() => {})
  }, HEARTBEAT_MS)
  const end = () => void stream.close()
  openStreams.add(end)
  stream.onClosed(() => {
    openStreams.delete(end)
    clearInterval(heartbeat)
    unsubscribe()
    if (follower) void markLeft(database, follower.signupId, lastMarked).catch(() => {})
    void stream.close()
  })
  const sending = stream.send()
  void stream.resume()
  return sending
}

/** The sequence number the phone last had: the header EventSource sends on reconnect, or `?after=` after a reload. */
function lastEventId(event: H3Event): number | null {
  const raw = getRequestHeader(event, 'last-event-id') ?? getQuery(event).after
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) return null
  return Number(raw)
}

/** Of several positions only the last matters to someone catching up. */
function collapsePositions(updates: LiveUpdate[]): LiveUpdate[] {
  const lastPosition = updates.findLast(update => update.kind === 'position')
  return updates.filter(update => update.kind !== 'position' || update === lastPosition)
}
