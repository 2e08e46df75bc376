import { listFollowers } from '../../../../../db/liveStore'
import type { LiveFollowers } from '../../../../../../shared/types/live'

/** Who follows the live walk now, on any server: for the walk's team (its guides included) only. */
export default defineEventHandler(async (event): Promise<LiveFollowers> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventTeam(event, id)
  return listFollowers(database, id, new Date())
})
