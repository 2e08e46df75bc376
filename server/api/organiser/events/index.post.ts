import { createEvent } from '../../../db/eventStore'

/** An organiser publishes (or drafts) a group walk. */
export default defineEventHandler(async (event) => {
  const user = await requireOrganiser(event)
  const values = await readEventInput(event)
  const id = await createEvent(await useDatabase(), values, user.id)
  setResponseStatus(event, 201)
  return { id }
})
