import type { WalkDetail } from '../../../shared/types/walk'

export default defineEventHandler(async (event): Promise<WalkDetail> => {
  const { slug } = await routeParams(event, slugParamSchema)
  const locale = await getLocaleQuery(event)
  const walk = buildWalk(await loadContentSnapshot(event), slug, locale)
  if (!walk) throw apiError(404, 'walkNotFound')
  return walk
})
