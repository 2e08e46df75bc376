import type { Database } from '../db/connect'
import { catchUpWithRemote } from '../studio/remoteSync'
import { studioNotices, type StudioMailKind, type StudioNotices } from '../studio/studioMail'
import { workspaceFromEnv, type Workspace } from '../studio/workspace'

/** The studio's checkout, with what other servers published since pulled in. */
export async function currentWorkspace(database: Database): Promise<Workspace> {
  const workspace = workspaceFromEnv()
  await catchUpWithRemote(database, workspace)
  return workspace
}

/**
 * The e-mails of a studio step, written inside the step's transaction (`deliverQueuedMail` sends them).
 * Without a public origin their links cannot be written: the step goes on without them.
 */
export function studioStepMail(database: Database, kind: StudioMailKind, workspace: Workspace): StudioNotices | undefined {
  const origin = publicOrigin()
  if (!origin) {
    console.warn(`[studio] NUXT_PUBLIC_SITE_URL is not set: the ${kind} e-mail is not sent`)
    return undefined
  }
  return studioNotices(kind, database.tables, workspace, origin)
}
