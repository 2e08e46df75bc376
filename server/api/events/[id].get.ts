import type { EventDetail } from '../../../shared/types/event'

export default defineEventHandler(async (event): Promise<EventDetail> => {
  const { id } = await routeParams(event, idParamSchema)
  const locale = await getLocaleQuery(event)
  const detail = await loadEventDetail(event, await useDatabase(), id, locale)
  if (!detail) throw apiError(404, 'eventNotFound')
  return detail
})
