import { distanceM, type LatLng } from './geo'

/**
 * Walk mode's arrival rule. A stop is reached when a fix lies within its trigger radius: 35 m
 * plus the fix's own accuracy. It counts as left only beyond the radius plus a margin, so GPS
 * jitter at the edge cannot flap in and out; and each stop fires once per walk. Stops whose
 * position is only approximate never fire, nor do fixes too vague to place anyone at a door.
 */
export const BASE_TRIGGER_RADIUS_M = 35
export const EXIT_MARGIN_M = 25
export const MAX_USABLE_ACCURACY_M = 100

export interface TriggerStop {
  slug: string
  position: LatLng
  approximate: boolean
}

export interface Fix extends LatLng {
  accuracy: number
}

export interface TriggerState {
  /** Stops the walker is inside now. */
  inside: string[]
  /** Stops that have fired, in the order they fired. */
  fired: string[]
}

export const initialTriggerState = (): TriggerState => ({ inside: [], fired: [] })

export function triggerRadiusM(fix: Pick<Fix, 'accuracy'>): number {
  return BASE_TRIGGER_RADIUS_M + fix.accuracy
}

/** Applies one fix; `arrived` is the stop that fires now (the nearest, if several), or null. */
export function applyFix(stops: readonly TriggerStop[], state: TriggerState, fix: Fix): { state: TriggerState, arrived: string | null } {
  if (fix.accuracy > MAX_USABLE_ACCURACY_M) return { state, arrived: null }
  const radius = triggerRadiusM(fix)
  const inside: string[] = []
  const candidates: { slug: string, distance: number }[] = []
  for (const stop of stops) {
    if (stop.approximate) continue
    const distance = distanceM(fix, stop.position)
    const wasInside = state.inside.includes(stop.slug)
    if (distance <= radius || (wasInside && distance <= radius + EXIT_MARGIN_M)) {
      inside.push(stop.slug)
      // Not just on entry: a stop passed over while a nearer one fired still fires on the next fix.
      if (!state.fired.includes(stop.slug)) candidates.push({ slug: stop.slug, distance })
    }
  }
  const nearest = candidates.sort((a, b) => a.distance - b.distance)[0]?.slug ?? null
  return { state: { inside, fired: nearest ? [...state.fired, nearest] : state.fired }, arrived: nearest }
}
