import { createEvent } from 'ics'

export interface CalendarEvent {
  id: string
  title: string
  description: string
  startsAt: Date
  durationMin: number
  location: string
  geo: { lat: number, lon: number }
  url: string
  cancelled?: boolean
  /** Increases with every change so calendar apps replace the old entry. */
  sequence: number
}

/** An .ics file for the walk, in UTC so every calendar shows it at the right local time. */
export function calendarFile(event: CalendarEvent): string {
  const { error, value } = createEvent({
    uid: `${event.id}@citywalk`,
    title: event.title,
    description: `${event.description}\n\n${event.url}`,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: event.durationMin },
    location: event.location,
    geo: event.geo,
    url: event.url,
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    method: event.cancelled ? 'CANCEL' : 'PUBLISH',
    sequence: event.sequence,
    productId: 'citywalk/ics',
  })
  if (error || !value) throw error ?? new Error('could not build the calendar file')
  return value
}
