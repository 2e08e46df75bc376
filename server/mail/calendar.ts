import { createEvent } from 'ics'
import type { EventDetail } from '../../shared/types/event'

export interface CalendarEvent {
  id: string
  title: string
  description: string
  startsAt: Date
  durationMin: number
  location: string
  geo: { lat: number, lon: number }
  /** The personal link; left out when the site's public address is not configured. */
  url?: string
  cancelled?: boolean
  /** Increases with every change so calendar apps replace the old entry. */
  sequence: number
}

/** An .ics file for the walk, in UTC so every calendar shows it at the right local time. */
export function calendarFile(event: CalendarEvent): string {
  const { error, value } = createEvent({
    uid: `${event.id}@citywalk`,
    title: event.title,
    description: event.url ? `${event.description}\n\n${event.url}` : event.description,
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
  return foldByOctets(value)
}

/** The calendar entry of a group walk as its reader sees it, linked to their personal page. */
export function eventCalendarFile(event: EventDetail, personalLink: string | undefined, { cancelled = false, sequence = 0 } = {}): string {
  return calendarFile({
    id: event.id,
    title: event.title,
    description: event.description.text,
    startsAt: new Date(event.startsAt),
    durationMin: event.durationMin,
    location: event.meetingNote.text,
    geo: { lat: event.meetingPoint.lat, lon: event.meetingPoint.lng },
    url: personalLink,
    cancelled,
    sequence,
  })
}

const FOLD_OCTETS = 75
const utf8 = new TextEncoder()

/**
 * RFC 5545 lines are at most 75 octets, not characters: "→" is three octets and "é" two, and a
 * calendar app may cut a longer line in the middle of a character. Unfolds what the library folded by
 * characters and folds again by octets, never inside a character (a continuation starts with a space).
 */
export function foldByOctets(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').map((line) => {
    const parts: string[] = []
    let part = ''
    let octets = 0
    for (const char of line) {
      const size = utf8.encode(char).length
      // The first part has all 75 octets; each continuation gives one to its leading space.
      if (octets + size > (parts.length ? FOLD_OCTETS - 1 : FOLD_OCTETS)) {
        parts.push(part)
        part = ''
        octets = 0
      }
      part += char
      octets += size
    }
    parts.push(part)
    return parts.join('\r\n ')
  }).join('\r\n')
}
