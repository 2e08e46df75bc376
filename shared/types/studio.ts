import type { LocaleCode } from '../../i18n/registry'

/**
 * A text in one language: an original (English or Chinese, written from the content brief), a
 * translation made from its source's current version, one made from an older version, or none.
 */
export type TranslationState = 'original' | 'current' | 'stale' | 'missing'

/** `outdated`: a computer-made track whose text changed since; it is being made anew. */
export type NarrationState = 'recorded' | 'synthesised' | 'outdated' | 'none'

export interface StatusCell {
  text: TranslationState
  /** Stops only: walks have no narration. */
  narration?: NarrationState
}

export interface StatusRow {
  slug: string
  /** In English, the language every stop and walk has. */
  title: string
  cells: Record<LocaleCode, StatusCell>
}

export type StatusCounts = Record<TranslationState | NarrationState, number>

/** The studio's overview: every stop and walk in every language, with counts per language. */
export interface TranslationStatus {
  locales: LocaleCode[]
  stops: StatusRow[]
  walks: StatusRow[]
  counts: Record<LocaleCode, StatusCounts>
}

/** A new invite, as the organiser sees it once: the link to pass on to the volunteer. */
export interface InviteLink {
  url: string
  email: string
  expiresAt: string
  /** Whether it was e-mailed to the volunteer (else the organiser passes it on). */
  sent: boolean
}

/** An invite link that can still be used, as the volunteer sees it. */
export interface InviteView {
  email: string
  expiresAt: string
}
