import type { TranslationStatus } from '../../../shared/types/studio'

export default defineEventHandler(async (event): Promise<TranslationStatus> => {
  await requireEditor(event)
  return buildTranslationStatus(await loadContentSnapshot(event))
})
