/** The guide's (and any co-organiser's) view of the live walk: the same stream the students follow. */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireCheckInOpen(event, id)
  return streamLiveWalk(event, database, id)
})
