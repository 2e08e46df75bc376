import type { H3Event } from 'h3'
import { eventSchema } from '../../shared/schemas/event'
import { parseShanghaiDateTime } from '../../shared/utils/shanghaiTime'
import type { EventValues } from '../db/eventStore'

/** Reads and checks an organiser's event form, including that its walk and stops exist. */
export async function readEventInput(event: H3Event): Promise<EventValues> {
  const parsed = eventSchema.safeParse(await readBody(event))
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
    startsAt: parseShanghaiDateTime(input.startsAt)!,
    signupDeadline: parseShanghaiDateTime(input.signupDeadline)!,
  }
}
