import type { TranslationStatus } from '../../../shared/types/studio'
import { readWorkspaceContent } from '../../studio/workspaceContent'

/** The status of the files in the studio's workspace: what is committed, whether or not the site has been rebuilt since. */
export default defineEventHandler(async (event): Promise<TranslationStatus> => {
  await requireEditor(event)
  return buildTranslationStatus(readWorkspaceContent(await currentWorkspace(await useDatabase())))
})
