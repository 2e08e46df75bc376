import type { LocaleCode } from '../../i18n/registry'

/** A reflection waits for the organisers, who publish it or hide it. */
export const REFLECTION_STATUSES = ['pending', 'approved', 'hidden'] as const
export type ReflectionStatus = typeof REFLECTION_STATUSES[number]

/** Why a student cannot leave a reflection (yet): see `reflectionOpen`. */
export type ReflectionClosed = 'notConfirmed' | 'notYet' | 'cancelled' | 'expired'

export interface ReflectionPhoto {
  url: string
  width: number
  height: number
}

/** The student's own reflection, as their personal page shows it. */
export interface OwnReflection {
  text: string
  language: LocaleCode
  stopSlug: string | null
  firstName: string | null
  status: ReflectionStatus
  photo: ReflectionPhoto | null
  updatedAt: string
}

export interface ReflectionPlace {
  /** Null when the student may write (or change) a reflection. */
  closed: ReflectionClosed | null
  reflection: OwnReflection | null
}

/** A published reflection: anonymous unless the student chose to show a first name. */
export interface PublishedReflection {
  id: string
  text: string
  language: LocaleCode
  firstName: string | null
  stopSlug: string | null
  photo: ReflectionPhoto | null
  /** The walk it came from, for a stop page showing reflections from several. */
  eventId: string
  at: string
}

/** What the organisers see to decide: every reflection on their walk, with who wrote it. */
export interface ModeratedReflection extends PublishedReflection {
  status: ReflectionStatus
  /** The sign-up's name, while the personal data is kept. */
  writtenBy: string | null
}
