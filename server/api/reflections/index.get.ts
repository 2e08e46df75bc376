import { publishedReflections } from '../../db/reflectionStore'
import { reflectionQuerySchema } from '../../../shared/schemas/reflection'
import type { PublishedReflection } from '../../../shared/types/reflection'

/** Published reflections of one walk (`?event=<id>`) or one stop (`?stop=<slug>`), newest first. */
export default defineEventHandler(async (event): Promise<PublishedReflection[]> => {
  const parsed = reflectionQuerySchema.safeParse(getQuery(event))
  if (!parsed.success) throw apiError(400, 'invalidInput')
  const database = await useDatabase()
  setResponseHeader(event, 'cache-control', 'public, max-age=60')
  return publishedReflections(database, parsed.data)
})
