import { deleteReflection } from '../../../../db/reflectionStore'

/** The student takes their reflection back, photo and all, published or not. */
export default defineEventHandler(async (event) => {
  const { database, signup } = await reflectionPlace(event)
  if (!(await deleteReflection(database, signup.id))) throw apiError(404, 'reflectionNotFound')
  return { deleted: true }
})
