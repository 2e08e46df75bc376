import { nameTeamMember, teamOf, type TeamRefusal } from '../../../../../db/teamStore'
import { teamMail } from '../../../../../mail/teamMail'
import { teamMemberSchema } from '../../../../../../shared/schemas/team'
import type { ApiErrorKey } from '../../../../../../shared/types/apiError'
import type { TeamMember } from '../../../../../../shared/types/team'

const REFUSALS: Record<TeamRefusal, [number, ApiErrorKey]> = {
  accountNotFound: [404, 'teamAccountNotFound'],
  lastOrganiser: [409, 'teamLastOrganiser'],
  notInTeam: [404, 'teamNotMember'],
  volunteerGuideOnly: [422, 'teamVolunteerGuideOnly'],
}

/**
 * A co-organiser names an account to the walk's team as co-organiser or guide (a volunteer's account: guide
 * only), or changes what they do. The person is e-mailed, in the language of the page they were named from, with the change.
 */
export default defineEventHandler(async (event): Promise<TeamMember[]> => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = teamMemberSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database, user } = await requireEventOrganiser(event, id)
  const language = pageLocale(event)
  const walk = await loadEventDetail(event, database, id, language, { drafts: true })
  const notice = walk ? (member: { name: string, email: string }) => teamMail(member, parsed.data.role, walk, user.name, language, publicOrigin()) : undefined
  const outcome = await nameTeamMember(database, id, parsed.data.email, parsed.data.role, notice)
  if ('refused' in outcome) throw apiError(...REFUSALS[outcome.refused], ['email'])
  if (outcome.mailQueued) deliverQueuedMail(event, database)
  return teamOf(database, id, user.id)
})
