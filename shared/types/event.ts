import type { LocaleCode } from '../../i18n/registry'
import type { SignupClosedReason, SignupStatus } from '../utils/signupRules'
import type { Localised } from './walk'

export interface EventSummary {
  id: string
  walkSlug: string | null
  title: string
  startsAt: string
  /** The start in Shanghai time, written as the reader's language writes dates (made on the server). */
  startsLabel: string
  durationMin: number
  capacity: number
  placesLeft: number
  waitingCount: number
  guideLanguages: LocaleCode[]
  status: 'published' | 'cancelled'
  /** Why sign-up is closed, or null while it is open. */
  closedReason: SignupClosedReason | null
  description: { text: string } & Localised
  meetingNote: { text: string } & Localised
}

export interface EventRouteStop {
  slug: string
  number: number
  title: string
  lat: number
  lng: number
}

export interface EventDetail extends EventSummary {
  meetingPoint: { lat: number, lng: number }
  signupDeadline: string
  stops: EventRouteStop[]
}

export interface PersonalSignup {
  status: SignupStatus
  name: string | null
  /** Place on the waiting list, 1 = next to move up. */
  position: number | null
  checkedIn: boolean
  /** The student deleted their data: only the fact of the sign-up remains. */
  deleted: boolean
  event: EventSummary
}

export interface SignupResult {
  token: string
  status: SignupStatus
  position: number | null
  created: boolean
}
