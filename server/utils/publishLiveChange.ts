import type { Database } from '../db/connect'
import { recordLiveChange, type LiveRefusal } from '../db/liveStore'
import type { LiveChange } from '../../shared/types/live'
import type { ApiErrorKey } from '../../shared/types/apiError'

const REFUSALS: Record<LiveRefusal, [number, ApiErrorKey]> = {
  notFound: [404, 'eventNotFound'],
  cancelled: [409, 'cancelled'],
  notLive: [409, 'liveNotStarted'],
  liveEnded: [409, 'liveEnded'],
  stopOutOfRange: [400, 'invalidInput'],
}

/** Records a guide's change and has every follower told, on this server and (through PostgreSQL) the others. */
export async function publishLiveChange(database: Database, eventId: string, change: LiveChange): Promise<number> {
  const result = await recordLiveChange(database, eventId, change, new Date())
  if ('refused' in result) {
    const [status, key] = REFUSALS[result.refused]
    throw apiError(status, key)
  }
  // PostgreSQL's NOTIFY reaches this server too; SQLite has no other server to tell.
  if (!database.listen) await announceLive(database, eventId)
  return result.seq
}
