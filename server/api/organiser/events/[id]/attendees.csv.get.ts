import { stringify } from 'csv-stringify/sync'
import { attendeesOf } from '../../../../db/attendeeStore'

/** The attendee list as CSV (UTF-8 with BOM, so spreadsheet apps read Chinese and Arabic names right). */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const { database } = await requireEventOrganiser(event, id)
  const rows = (await attendeesOf(database, id)).map(toAttendee)
  const csv = stringify(rows.map(r => [r.name ?? '', r.email ?? '', r.contact ?? '', r.university ?? '', r.language, r.status, r.checkedIn ? 'yes' : 'no']), {
    header: true,
    columns: ['name', 'email', 'wechat_or_phone', 'university', 'language', 'status', 'checked_in'],
    // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
    cast: { string: value => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  })
  setResponseHeaders(event, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="citywalk-attendees-${id.slice(0, 8)}.csv"`,
    'cache-control': 'no-store',
  })
  return `\uFEFF${csv}`
})
