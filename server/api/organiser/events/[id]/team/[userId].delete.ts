import { z } from 'zod'
import { removeTeamMember, teamOf } from '../../../../../db/teamStore'
import type { TeamMember } from '../../../../../../shared/types/team'

const paramsSchema = z.object({ id: z.uuid(), userId: z.uuid() })

/** A co-organiser takes someone off the walk's team (themselves included), as long as a co-organiser stays. */
export default defineEventHandler(async (event): Promise<TeamMember[]> => {
  const { id, userId } = await routeParams(event, paramsSchema)
  const { database, user } = await requireEventOrganiser(event, id)
  const refused = await removeTeamMember(database, id, userId)
  if (refused === 'notInTeam') throw apiError(404, 'teamNotMember')
  if (refused) throw apiError(409, 'teamLastOrganiser')
  return teamOf(database, id, user.id)
})
