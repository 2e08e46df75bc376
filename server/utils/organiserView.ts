import type { TeamRole } from '../../shared/types/team'
import type { LocaleCode } from '../../i18n/registry'
import { isLocaleCode, LOCALES } from '../../i18n/registry'
import type { Attendee, OrganiserEvent } from '../../shared/types/organiser'
import { pickText } from '../../shared/utils/pickText'
import { formatShanghai } from '../../shared/utils/shanghaiTime'
import { countAttendees, type SignupRow } from '../db/attendeeStore'
import type { EventRow } from '../db/eventStore'
import type { ContentSnapshot } from './contentStore'

/** A group walk's title in `locale`: its walk's title, or its stops in order when it follows no walk. */
export function eventTitle(content: ContentSnapshot, event: Pick<EventRow, 'walkSlug' | 'stopSlugs'>, locale: LocaleCode): string {
  const walkTitle = event.walkSlug ? pickText(content.walkTexts.get(event.walkSlug), locale)?.text.title : undefined
  return walkTitle ?? event.stopSlugs.join(' → ')
}

export function toOrganiserEvent(content: ContentSnapshot, event: EventRow, rows: SignupRow[], locale: LocaleCode, teamRole: TeamRole): OrganiserEvent {
  return {
    id: event.id,
    title: eventTitle(content, event, locale),
    startsLabel: formatShanghai(event.startsAt, LOCALES.find(l => l.code === locale)!.language),
    startsAt: event.startsAt.toISOString(),
    status: event.status,
    capacity: event.capacity,
    counts: countAttendees(rows, event),
    teamRole,
  }
}

export function toAttendee(row: SignupRow): Attendee {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    contact: row.contact,
    university: row.university,
    language: isLocaleCode(row.language) ? row.language : 'en',
    status: row.status,
    checkedIn: row.checkedInAt !== null,
  }
}
