import type { GroupMessages } from '../../../../../../shared/types/organiser'
import { audienceSizes, listGroupMessages } from '../../../../../db/groupMessages'

/** What the walk's co-organisers have written to its students, and how many each audience reaches now. */
export default defineEventHandler(async (event): Promise<GroupMessages> => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const [audiences, messages] = await Promise.all([audienceSizes(database, id), listGroupMessages(database, id)])
  return {
    audiences,
    messages: messages.map(row => ({ id: row.id, sentAt: row.createdAt.toISOString(), authorName: row.authorName, audience: row.audience, template: row.template as GroupMessages['messages'][number]['template'], note: row.note, recipients: row.recipients })),
  }
})
