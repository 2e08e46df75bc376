import type { StopDetail } from '../../../../../shared/types/walk'

const paramsSchema = slugParamSchema.extend({ stop: slugParamSchema.shape.slug })

export default defineEventHandler(async (event): Promise<StopDetail> => {
  const { slug, stop } = await routeParams(event, paramsSchema)
  const locale = await getLocaleQuery(event)
  const detail = buildStop(await loadContentSnapshot(event), slug, stop, locale)
  if (!detail) throw apiError(404, 'stopNotFound')
  return detail
})
