import type { ChangePreview } from '../../../../../shared/types/organiser'
import { findEvent, previewChange } from '../../../../db/eventStore'

/**
 * What saving this edit would e-mail, and to how many people, without saving it: the organiser
 * confirms a change that reaches students before it is made. Refuses what saving would refuse.
 */
export default defineEventHandler(async (event): Promise<ChangePreview> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const current = await findEvent(database, id)
  if (!current) throw apiError(404, 'eventNotFound')
  const values = await readEventInput(event, current.startsAt)
  const preview = await previewChange(database, id, values).catch((error) => {
    throw apiErrorFor(error)
  })
  if (!preview) throw apiError(404, 'eventNotFound')
  setResponseHeader(event, 'cache-control', 'no-store')
  return preview
})
