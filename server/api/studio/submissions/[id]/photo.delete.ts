import { submissionFor } from '../../../../studio/studioAccess'
import { attachPhoto } from '../../../../studio/submissionStore'
import { submissionView } from '../../../../studio/submissionView'

/** Takes the photo off the author's work: the published photo, if any, stays. */
export default defineEventHandler(async (event) => {
  const user = await requireEditor(event)
  const { id } = await routeParams(event, idParamSchema)
  const database = await useDatabase()
  try {
    const row = await submissionFor(database, id, user)
    if (row.authorId !== user.id) throw apiError(403, 'forbidden')
    const updated = await attachPhoto(database, id, user.id, null)
    return submissionView(updated, user.name, row.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
})
