import { LOCALES } from '../../../../../i18n/registry'
import { eventRepeatSchema } from '../../../../../shared/schemas/eventRepeat'
import { timesOn } from '../../../../../shared/utils/repeatDates'
import { formatShanghai } from '../../../../../shared/utils/shanghaiTime'
import { repeatEvent } from '../../../../db/eventRepeat'
import { findEvent } from '../../../../db/eventStore'
import { teamMail } from '../../../../mail/teamMail'

/**
 * A co-organiser repeats a walk on other days: each date becomes a walk of its own, at the same time of
 * day, with sign-up closing as long before, the same team (told by e-mail) and no sign-ups yet. Every date
 * must leave sign-up open in the future; none may be the walk's own day.
 */
export default defineEventHandler(async (event): Promise<{ ids: string[] }> => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = eventRepeatSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database, user } = await requireEventOrganiser(event, id)
  const source = await findEvent(database, id)
  if (!source) throw apiError(404, 'eventNotFound')

  const now = Date.now()
  const times = parsed.data.dates.map(date => timesOn(date, source))
  if (times.some(time => time === null)) throw apiError(422, 'invalidInput', ['dates'])
  if (times.some(time => time!.signupDeadline.getTime() <= now)) throw apiError(422, 'repeatDatePast', ['dates'])
  if (times.some(time => time!.startsAt.getTime() === source.startsAt.getTime())) throw apiError(422, 'repeatSameDay', ['dates'])

  const language = pageLocale(event)
  const title = eventTitle(await loadContentSnapshot(event), source, language)
  const dateLocale = LOCALES.find(l => l.code === language)!.language
  const ids = await repeatEvent(database, source, times.map(time => time!), parsed.data.status, user.id, (eventId, startsAt, member, role) =>
    teamMail(member, role, { id: eventId, title, startsLabel: formatShanghai(startsAt, dateLocale) }, user.name, language, publicOrigin()))
  deliverQueuedMail(event, database)
  setResponseStatus(event, 201)
  return { ids }
})
