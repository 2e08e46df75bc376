import type { H3Event } from 'h3'
import { eventSchemaAt } from '../../shared/schemas/event'
import { parseShanghaiDateTime, toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'
import type { EventValues } from '../db/eventStore'

/**
 * Reads and checks an organiser's event form, including that its walk and stops exist. `savedStartsAt`,
 * when editing, is the event's start as stored: kept as it is, it need not lie ahead.
 */
export async function readEventInput(event: H3Event, savedStartsAt: Date | null = null): Promise<EventValues> {
  const shownStart = savedStartsAt && toShanghaiDateTimeValue(savedStartsAt)
  const parsed = eventSchemaAt(new Date(), shownStart).safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const input = parsed.data
  const content = await loadContentSnapshot(event)
  const unknown = [
    ...(input.walkSlug && !content.walkFacts.has(input.walkSlug) ? ['walkSlug'] : []),
    ...(input.stopSlugs.some(slug => !content.stopFacts.has(slug)) ? ['stopSlugs'] : []),
  ]
  if (unknown.length) throw apiError(422, 'invalidInput', unknown)
  return {
    ...input,
    meetingLat: Math.round(input.meetingLat * 1e6),
    meetingLng: Math.round(input.meetingLng * 1e6),
    // The form shows whole minutes: a start it left alone keeps its stored instant, so nobody is told of a "new time".
    startsAt: input.startsAt === shownStart ? savedStartsAt! : parseShanghaiDateTime(input.startsAt)!,
    signupDeadline: parseShanghaiDateTime(input.signupDeadline)!,
  }
}
