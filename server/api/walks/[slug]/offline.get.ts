import type { WalkOfflinePackage } from '../../../../shared/types/offline'

/** What "download this walk" stores, with sizes, so the app can show the total before starting. */
export default defineEventHandler(async (event): Promise<WalkOfflinePackage> => {
  const { slug } = await routeParams(event, slugParamSchema)
  const locale = await getLocaleQuery(event)
  const offlinePackage = buildWalkOfflinePackage(await loadContentSnapshot(event), slug, locale)
  if (!offlinePackage) throw apiError(404, 'walkNotFound')
  return offlinePackage
})
