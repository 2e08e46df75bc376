import type { WalkDetail } from '../../../shared/types/walk'

export default defineEventHandler(async (event): Promise<WalkDetail> => {
  const { slug } = await getValidatedRouterParams(event, slugParamSchema.parse)
  const locale = await getLocaleQuery(event)
  const walk = buildWalk(await loadContentSnapshot(event), slug, locale)
  if (!walk) throw createError({ statusCode: 404, statusMessage: 'Walk not found' })
  return walk
})
