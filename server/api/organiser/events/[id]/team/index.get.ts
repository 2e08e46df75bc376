import { teamOf } from '../../../../../db/teamStore'
import type { TeamMember } from '../../../../../../shared/types/team'

/** The walk's co-organisers and guides, for its co-organisers. */
export default defineEventHandler(async (event): Promise<TeamMember[]> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database, user } = await requireEventOrganiser(event, id)
  return teamOf(database, id, user.id)
})
