import type { EventDetail } from '../../../shared/types/event'
import { countSignups, findEvent } from '../../db/eventStore'

export default defineEventHandler(async (event): Promise<EventDetail> => {
  const { id } = await getValidatedRouterParams(event, idParamSchema.parse)
  const locale = await getLocaleQuery(event)
  const database = await useDatabase()
  const row = await findEvent(database, id)
  if (!row || row.status === 'draft') throw apiError(404, 'eventNotFound')
  const [counts, content] = await Promise.all([countSignups(database, [id]), loadContentSnapshot(event)])
  return toEventDetail(content, row, counts.get(id)!, locale, new Date())
})
