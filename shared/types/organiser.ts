import type { TeamRole } from './team'
import type { LocaleCode } from '../../i18n/registry'
import type { SignupStatus } from '../utils/signupRules'

export interface AttendeeCounts {
  confirmed: number
  waiting: number
  checkedIn: number
  /** Confirmed people not checked in once the walk has started. */
  noShows: number
}

export interface OrganiserEvent {
  id: string
  title: string
  startsLabel: string
  /** ISO instant, for what is computed from the walk's time (its repeats). */
  startsAt: string
  status: 'draft' | 'published' | 'cancelled'
  capacity: number
  counts: AttendeeCounts
  /** What the organiser looking does on this walk. */
  teamRole: TeamRole
}

export interface Attendee {
  id: string
  name: string | null
  email: string | null
  contact: string | null
  university: string | null
  language: LocaleCode
  status: SignupStatus
  checkedIn: boolean
}

export interface AttendeeList {
  event: OrganiserEvent
  attendees: Attendee[]
}

export interface OutboxMail {
  id: string
  recipient: string
  subject: string
  text: string
  createdAt: string
  sent: boolean
  error: string | null
}

/** The answer to a scanned or typed ticket at the door: refusals come as API errors instead. */
export interface TicketCheckInResult {
  /** False when the ticket had been checked in already: nothing changed. */
  newlyCheckedIn: boolean
  attendee: Attendee
}

/** What saving an edit would e-mail: the notice to everyone signed up (and to how many), and how many move up from the waiting list. */
export interface ChangePreview {
  notice: 'cancelled' | 'changed' | 'updated' | null
  notified: number
  promoted: number
}

/** A message a co-organiser sent to a walk's students, as the walk's log shows it. */
export interface GroupMessageView {
  id: string
  sentAt: string
  authorName: string
  audience: 'confirmed' | 'waiting' | 'everyone'
  template: 'meetingPoint' | 'weather' | 'runningLate' | 'comfortableShoes' | null
  note: string
  recipients: number
}

/** The walk's messages and how many each audience would reach now. */
export interface GroupMessages {
  audiences: Record<GroupMessageView['audience'], number>
  messages: GroupMessageView[]
}
