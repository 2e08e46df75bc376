import { ownReflection, saveReflection } from '../../../../db/reflectionStore'
import { reflectionSchema } from '../../../../../shared/schemas/reflection'
import type { ReflectionPlace } from '../../../../../shared/types/reflection'

/** Writes or changes the student's reflection (one per place); it goes to the organisers again. */
export default defineEventHandler(async (event): Promise<ReflectionPlace> => {
  const { database, token, signup, closed } = await reflectionPlace(event)
  const parsed = reflectionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  requireReflectionOpen(closed)
  // A stop of this walk only.
  if (parsed.data.stopSlug !== null && !signup.stopSlugs.includes(parsed.data.stopSlug)) throw apiError(422, 'invalidInput', ['stopSlug'])
  await saveReflection(database, signup, parsed.data, new Date())
  return { closed, reflection: await ownReflection(database, signup.id, token) }
})
