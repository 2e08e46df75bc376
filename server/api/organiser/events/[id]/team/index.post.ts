import { nameTeamMember, teamOf, type TeamRefusal } from '../../../../../db/teamStore'
import { teamMemberSchema } from '../../../../../../shared/schemas/team'
import type { ApiErrorKey } from '../../../../../../shared/types/apiError'
import type { TeamMember } from '../../../../../../shared/types/team'

const REFUSALS: Record<TeamRefusal, [number, ApiErrorKey]> = {
  accountNotFound: [404, 'teamAccountNotFound'],
  lastOrganiser: [409, 'teamLastOrganiser'],
  notInTeam: [404, 'teamNotMember'],
}

/** A co-organiser names an organiser account to the walk's team as co-organiser or guide (or changes what they do). */
export default defineEventHandler(async (event): Promise<TeamMember[]> => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = teamMemberSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database, user } = await requireEventOrganiser(event, id)
  const refused = await nameTeamMember(database, id, parsed.data.email, parsed.data.role)
  if (refused) throw apiError(...REFUSALS[refused], ['email'])
  return teamOf(database, id, user.id)
})
