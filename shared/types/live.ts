import type { LocaleCode } from '../../i18n/registry'

/** The phrases a guide sends with one tap, translated into every language (`live.preset.<key>`). */
export const LIVE_PRESETS = ['gatherHere', 'toiletsHere', 'nextStopAhead', 'runningLate', 'stayOnPavement', 'stayTogether', 'questions', 'walkEnds'] as const
export type LivePreset = typeof LIVE_PRESETS[number]

export type LiveStatus = 'waiting' | 'live' | 'ended'

export interface GuidePosition { lat: number, lng: number, at: string }

/** A guide's message: a preset phrase (shown in each reader's language) or free text in the guide's. */
export type LiveMessage = { seq: number, at: string } & ({ preset: LivePreset } | { text: string, lang: LocaleCode })

/**
 * What a follower's phone holds of a live walk; rebuilt from a `state` event, then kept current by
 * the updates after it. Carries nothing about the other students.
 */
export interface LiveState {
  status: LiveStatus
  /** Index into the event's stops; null before the guide reaches the first. */
  stopIndex: number | null
  position: GuidePosition | null
  messages: LiveMessage[]
}

/** One change, sent as an SSE event whose id is `seq`. */
export type LiveUpdate
  = | { seq: number, kind: 'status', status: LiveStatus }
    | { seq: number, kind: 'stop', stopIndex: number }
    | { seq: number, kind: 'message', message: LiveMessage }
    | { seq: number, kind: 'position', position: GuidePosition | null }

/** What is stored for an update: the update without its sequence number, which the row keeps. */
export type LiveChange
  = | { kind: 'status', status: LiveStatus }
    | { kind: 'stop', stopIndex: number }
    | { kind: 'message', message: { preset: LivePreset } | { text: string, lang: LocaleCode } }
    | { kind: 'position', position: { lat: number, lng: number } | null }

/** For the guide: the students following now and the language each follows in. */
export interface LiveFollowers {
  count: number
  followers: { name: string | null, language: LocaleCode }[]
}
