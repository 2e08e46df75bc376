import type { WalkSummary } from '../../../shared/types/walk'

export default defineEventHandler(async (event): Promise<WalkSummary[]> => {
  const locale = await getLocaleQuery(event)
  return summariseWalks(await loadContentSnapshot(event), locale)
})
