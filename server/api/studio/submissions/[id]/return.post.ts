import { returnSchema } from '../../../../../shared/schemas/submission'
import { markReturned } from '../../../../studio/submissionStore'
import { workspaceFromEnv } from '../../../../studio/workspace'

/** An organiser sends the work back to its author with a comment. */
export default defineEventHandler(async (event) => {
  const user = await requireOrganiser(event)
  const { id } = await routeParams(event, idParamSchema)
  const parsed = returnSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    const database = await useDatabase()
    const row = await markReturned(database, id, user.id, parsed.data.comment, studioStepMail(database, 'returned', workspaceFromEnv()))
    deliverQueuedMail(event, database)
    return { status: row.status }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
