import type { H3Event } from 'h3'
import type { LocaleCode } from '../../i18n/registry'
import type { EventDetail } from '../../shared/types/event'
import type { Database } from '../db/connect'

/**
 * The event in one language for an e-mail: built in-process during a request; the scheduled task
 * has no request to read content through, so it asks our own API.
 */
export async function eventForMail(request: H3Event | null, database: Database, eventId: string, locale: LocaleCode): Promise<EventDetail> {
  if (!request) return $fetch<EventDetail>(`/api/events/${eventId}`, { query: { locale } })
  const detail = await loadEventDetail(request, database, eventId, locale)
  if (!detail) throw new Error(`No published event ${eventId} to write about`)
  return detail
}
