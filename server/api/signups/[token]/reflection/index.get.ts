import { ownReflection } from '../../../../db/reflectionStore'
import type { ReflectionPlace } from '../../../../../shared/types/reflection'

/** The student's own reflection, and whether they may write or change it now. */
export default defineEventHandler(async (event): Promise<ReflectionPlace> => {
  const { database, token, signup, closed } = await reflectionPlace(event)
  return { closed, reflection: await ownReflection(database, signup.id, token) }
})
