import { stringify } from 'csv-stringify/sync'
import { eq } from 'drizzle-orm'
import { toShanghaiDateTimeValue } from '../../../../../shared/utils/shanghaiTime'
import { attendeesOf } from '../../../../db/attendeeStore'

const COLUMNS = ['walk', 'starts_at_shanghai', 'name', 'email', 'wechat_or_phone', 'university', 'language', 'status', 'waiting_position', 'signed_up_at_shanghai', 'checked_in']

// A phone number cannot run anything: it keeps its leading "+", where any other cell that could start a formula is prefixed.
const PHONE_NUMBER = /^\+\d[\d ()-]{4,}$/
const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) && !PHONE_NUMBER.test(value) ? `'${value}` : value)

/**
 * The attendee list as CSV: UTF-8 with BOM (so spreadsheet apps read Chinese and Arabic names right),
 * CRLF line ends (RFC 4180), the places first then the waiting list in order, with when each signed up.
 */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const [walk] = await database.db.select().from(database.tables.events).where(eq(database.tables.events.id, id))
  if (!walk) throw apiError(404, 'eventNotFound')
  const content = await loadContentSnapshot(event)
  const title = (walk.walkSlug && content.walkTexts.get(walk.walkSlug)?.get('en')?.title) || ''
  const startsAt = toShanghaiDateTimeValue(walk.startsAt).replace('T', ' ')
  let waiting = 0
  const rows = (await attendeesOf(database, id)).map(row => [
    title, startsAt, row.name ?? '', row.email ?? '', row.contact ?? '', row.university ?? '', row.language, row.status,
    row.status === 'waiting' ? String(++waiting) : '', toShanghaiDateTimeValue(row.createdAt).replace('T', ' '), row.checkedInAt ? 'yes' : 'no',
  ])
  // A line break of either kind inside a value is quoted, or a reader would start a new record there.
  const csv = stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { string: neutralise } })
  setResponseHeaders(event, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="citywalk-attendees-${id.slice(0, 8)}.csv"`,
    'cache-control': 'no-store',
  })
  return `\uFEFF${csv}`
})
