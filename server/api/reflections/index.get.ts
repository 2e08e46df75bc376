import { publishedReflections } from '../../db/reflectionStore'
import { reflectionQuerySchema } from '../../../shared/schemas/reflection'
import type { PublishedReflection } from '../../../shared/types/reflection'

/** Published reflections of one walk (`?event=<id>`) or one stop (`?stop=<slug>`), newest first. */
export default defineEventHandler(async (event): Promise<PublishedReflection[]> => {
  const parsed = reflectionQuerySchema.safeParse(getQuery(event))
  if (!parsed.success) throw apiError(400, 'invalidInput')
  const database = await useDatabase()
  // A reflection just published or taken back shows at once.
  setResponseHeader(event, 'cache-control', 'no-cache')
  return publishedReflections(database, parsed.data)
})
