import { z } from 'zod'
import type { EventSummary } from '../../../shared/types/event'
import { countSignups, listUpcomingEvents } from '../../db/eventStore'

const querySchema = z.object({ walk: slugParamSchema.shape.slug.optional() })

/** Upcoming group walks, for the home page and each walk's page. */
export default defineEventHandler(async (event): Promise<EventSummary[]> => {
  const locale = await getLocaleQuery(event)
  const { walk } = await queryParams(event, querySchema)
  const database = await useDatabase()
  const now = new Date()
  const rows = await listUpcomingEvents(database, now, walk)
  const [counts, content] = await Promise.all([countSignups(database, rows.map(r => r.id)), loadContentSnapshot(event)])
  return rows.map(row => toEventSummary(content, row, counts.get(row.id)!, locale, now))
})
