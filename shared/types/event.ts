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
  /** The walk whose page shows this stop (its address is /walks/<walk>/<slug>). */
  walk: string
  number: number
  title: string
  lat: number
  lng: number
}

export interface EventDetail extends EventSummary {
  meetingPoint: { lat: number, lng: number }
  signupDeadline: string
  stops: EventRouteStop[]
  /** Points to draw the route through, from the meeting point, in order, WGS-84. */
  line: [number, number][]
}

export interface PersonalSignup {
  status: SignupStatus
  name: string | null
  /** Place on the waiting list, 1 = next to move up. */
  position: number | null
  checkedIn: boolean
  /** The student deleted their data: only the fact of the sign-up remains. */
  deleted: boolean
  /** The ticket to show at the door: only while the place is confirmed. */
  ticket: SignupTicket | null
  event: EventSummary
}

export interface SignupTicket {
  /** The check-in code in groups of four (e.g. 7K3M-Q9XD-2HFP), for reading aloud; the QR code holds the same. */
  code: string
  /** The QR code of `code`, made on the server by the qrcode library: its width in modules (quiet zone included) and an SVG path of the dark ones. */
  qr: { size: number, path: string }
}

/**
 * The answer to any accepted sign-up, new or repeated: the same for both, so it tells nobody whether an
 * address had signed up already. The personal link goes only to the address, by e-mail.
 */
export interface SignupResult {
  received: true
}
