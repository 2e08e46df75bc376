import { LOCALE_CODES, type LocaleCode } from '../../../../../../i18n/registry'
import { groupMessageSchema } from '../../../../../../shared/schemas/groupMessage'
import type { EventDetail } from '../../../../../../shared/types/event'
import { sendGroupMessage } from '../../../../../db/groupMessages'
import { groupMessageMail } from '../../../../../mail/groupMessageMail'

/**
 * A co-organiser writes to the walk's students (those with a place, those waiting, or both): each gets
 * the message in their own language, queued with the log entry. Nobody to write to: 422, nothing stored.
 */
export default defineEventHandler(async (event): Promise<{ recipients: number }> => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = groupMessageSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database, user } = await requireEventOrganiser(event, id)
  // The walk as each language shows it, read before the transaction that picks the students.
  const details = new Map<string, EventDetail>()
  for (const locale of LOCALE_CODES) {
    const detail = await loadEventDetail(event, database, id, locale as LocaleCode, { drafts: true })
    if (!detail) throw apiError(404, 'eventNotFound')
    details.set(locale, detail)
  }
  const origin = publicOrigin()
  const sent = await sendGroupMessage(database, id, user, parsed.data, recipient =>
    groupMessageMail(recipient, parsed.data, user.name, details.get(recipient.language) ?? details.get('en')!, origin))
  if (!sent) throw apiError(422, 'messageNobody', ['audience'])
  deliverQueuedMail(event, database)
  setResponseStatus(event, 201)
  return sent
})
