import type { ReflectionClosed } from '../types/reflection'
import { personalDataExpired, type EventStatus, type SignupStatus } from './signupRules'

export interface ReflectionPlaceFacts {
  status: SignupStatus
  eventStatus: EventStatus
  startsAt: Date
  durationMin: number
  personalDataDeletedAt: Date | null
}

/**
 * Whether a student may write (or change) a reflection: with a confirmed place on a walk that went
 * ahead, from its start until their personal data is deleted (the retention rule), after which a
 * published reflection stays, anonymous, and can no longer be changed by anyone.
 */
export function reflectionClosed(place: ReflectionPlaceFacts, now: Date, retentionDays: number): ReflectionClosed | null {
  if (place.eventStatus === 'cancelled') return 'cancelled'
  if (place.personalDataDeletedAt || personalDataExpired(place, now, retentionDays)) return 'expired'
  if (place.status !== 'confirmed') return 'notConfirmed'
  if (place.startsAt > now) return 'notYet'
  return null
}
