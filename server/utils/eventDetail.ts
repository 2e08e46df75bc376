import type { H3Event } from 'h3'
import type { LocaleCode } from '../../i18n/registry'
import type { EventDetail } from '../../shared/types/event'
import type { Database } from '../db/connect'
import { countSignups, findEvent } from '../db/eventStore'

/** A published or cancelled event as a reader in `locale` sees it; null for a draft or an unknown id. */
export async function loadEventDetail(request: H3Event | null, database: Database, id: string, locale: LocaleCode, options: { drafts?: boolean } = {}): Promise<EventDetail | null> {
  const row = await findEvent(database, id)
  if (!row || (row.status === 'draft' && !options.drafts)) return null
  const [counts, content] = await Promise.all([countSignups(database, [id]), loadContentSnapshot(request)])
  return toEventDetail(content, row, counts.get(id)!, locale, new Date())
}
