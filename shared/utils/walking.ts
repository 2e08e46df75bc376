import { bearingDeg, distanceM, polylineLengthM, type LatLng } from './geo'

/**
 * How walking distances and times are estimated.
 *
 * No stop has a surveyed footpath yet, so a leg without recorded path points is the straight line
 * between the two places multiplied by a circuity factor of 1.3: studies of urban street networks
 * find real walking routes 1.2–1.4× longer than the straight line, and Shanghai's lanes and the
 * park crossing sit in that range. A leg with recorded path points (`path` in the walk's YAML) is
 * the length of that polyline, with no factor. Time assumes 4.5 km/h (75 m a minute), the upper end
 * of the content brief's 4–4.5 km/h, rounded up to whole minutes; stopping time is not included.
 */
export const CIRCUITY_FACTOR = 1.3
export const WALKING_SPEED_M_PER_MIN = 75

export interface Leg {
  distanceM: number
  durationMin: number
  /** Straight-line bearing from the start of the leg to its end, degrees clockwise from north. */
  bearingDeg: number
}

export function walkingMinutes(metres: number): number {
  return metres <= 0 ? 0 : Math.ceil(metres / WALKING_SPEED_M_PER_MIN)
}

/** Walking estimate from `from` to `to`, through `via` when the path is known. */
export function walkingLeg(from: LatLng, to: LatLng, via: readonly LatLng[] = []): Leg {
  const metres = via.length > 0
    ? polylineLengthM([from, ...via, to])
    : distanceM(from, to) * CIRCUITY_FACTOR
  const rounded = Math.round(metres / 10) * 10
  return { distanceM: rounded, durationMin: walkingMinutes(metres), bearingDeg: Math.round(bearingDeg(from, to)) }
}

/** Totals of a sequence of legs; the time is the sum of the legs' rounded minutes, as the list shows them. */
export function sumLegs(legs: readonly Leg[]): { distanceM: number, durationMin: number } {
  return legs.reduce(
    (total, leg) => ({ distanceM: total.distanceM + leg.distanceM, durationMin: total.durationMin + leg.durationMin }),
    { distanceM: 0, durationMin: 0 },
  )
}
