import { z } from 'zod'
import { decideReflection } from '../../../../../db/reflectionStore'
import { reflectionDecisionSchema } from '../../../../../../shared/schemas/reflection'

const paramsSchema = z.object({ id: z.uuid(), reflectionId: z.uuid() })

/** An organiser publishes a reflection of their walk, or hides it. */
export default defineEventHandler(async (event) => {
  const { id, reflectionId } = await routeParams(event, paramsSchema)
  const parsed = reflectionDecisionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database } = await requireEventOrganiser(event, id)
  if (!(await decideReflection(database, id, reflectionId, parsed.data.status, new Date()))) throw apiError(404, 'reflectionNotFound')
  return { status: parsed.data.status }
})
