import { reflectionsToModerate } from '../../../../../db/reflectionStore'
import type { ModeratedReflection } from '../../../../../../shared/types/reflection'

/** Every reflection on the walk, waiting, published or hidden: for its organisers to decide. */
export default defineEventHandler(async (event): Promise<ModeratedReflection[]> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  return reflectionsToModerate(database, id)
})
