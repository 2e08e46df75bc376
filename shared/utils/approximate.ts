/**
 * A position less certain than this is drawn as an area, not a pin, and never triggers anything.
 * 250 m is the edge of the content brief's "low-medium" confidence; "low" (±300 m or worse) and
 * unknown positions are beyond it.
 */
export const APPROXIMATE_ABOVE_M = 250

export function isApproximate(position: { accuracyM: number }): boolean {
  return position.accuracyM > APPROXIMATE_ABOVE_M
}
