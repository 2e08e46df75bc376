import { distanceM, type LatLng } from './geo'
import { MAX_USABLE_ACCURACY_M, triggerRadiusM, type Fix } from './walkTrigger'
import { walkingLeg, type Leg } from './walking'

/** Where a stop is from the phone, by walk mode's rules: the same "you are here" radius, the same limit on vague fixes. */
export type FromHere
  = | { kind: 'vague', accuracyM: number }
    | { kind: 'here' }
    | { kind: 'away', leg: Leg, approximate: boolean }

export function fromHere(fix: Fix, stop: { position: LatLng, approximate: boolean }): FromHere {
  if (fix.accuracy > MAX_USABLE_ACCURACY_M) return { kind: 'vague', accuracyM: Math.round(fix.accuracy) }
  // A stop whose spot is unconfirmed is never "here", only roughly that far.
  if (!stop.approximate && distanceM(fix, stop.position) <= triggerRadiusM(fix)) return { kind: 'here' }
  return { kind: 'away', leg: walkingLeg(fix, stop.position), approximate: stop.approximate }
}
