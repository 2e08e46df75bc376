import { returnSchema } from '../../../../../shared/schemas/submission'
import { markReturned } from '../../../../studio/submissionStore'

/** An organiser sends the work back to its author with a comment. */
export default defineEventHandler(async (event) => {
  const user = await requireOrganiser(event)
  const { id } = await routeParams(event, idParamSchema)
  const parsed = returnSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  try {
    const row = await markReturned(await useDatabase(), id, user.id, parsed.data.comment)
    await sendStudioMail(event, 'returned', row)
    return { status: row.status }
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
