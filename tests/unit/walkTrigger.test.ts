import { describe, expect, it } from 'vitest'
import { applyFix, initialTriggerState, MAX_USABLE_ACCURACY_M, type Fix, type TriggerStop } from '../../shared/utils/walkTrigger'

// Two stops 150 m apart along a street running east–west, and one whose position is unknown.
const stops: TriggerStop[] = [
  { slug: 'east', position: { lat: 31.2220, lng: 121.4210 }, approximate: false },
  { slug: 'west', position: { lat: 31.2220, lng: 121.41942 }, approximate: false },
  { slug: 'somewhere', position: { lat: 31.2220, lng: 121.4202 }, approximate: true },
]
const METRE_LNG = 1 / (111_320 * Math.cos((31.222 * Math.PI) / 180))
/** A fix `metres` east of the east stop (negative: west of it). */
const at = (metres: number, accuracy = 10): Fix => ({ lat: 31.2220, lng: 121.4210 + metres * METRE_LNG, accuracy })

function walk(fixes: Fix[]) {
  let state = initialTriggerState()
  const arrivals: string[] = []
  for (const fix of fixes) {
    const result = applyFix(stops, state, fix)
    state = result.state
    if (result.arrived) arrivals.push(result.arrived)
  }
  return { state, arrivals }
}

describe('applyFix', () => {
  it('fires a stop when a fix comes within 35 m plus its accuracy', () => {
    expect(walk([at(60)]).arrivals).toEqual([])
    expect(walk([at(60), at(44)]).arrivals).toEqual(['east'])
    expect(walk([at(60), at(70, 40)]).arrivals).toEqual(['east'])
  })

  it('fires each stop once, in the order walked', () => {
    const fixes = Array.from({ length: 40 }, (_, i) => at(100 - i * 8))
    expect(walk(fixes).arrivals).toEqual(['east', 'west'])
  })

  it('does not flap when the fix jitters across the edge of the radius', () => {
    const jitter = [44, 46, 43, 47, 45, 48, 44, 50, 45, 60, 44, 66, 45]
    expect(walk(jitter.map(m => at(m))).arrivals).toEqual(['east'])
    expect(walk(jitter.map(m => at(m))).state.inside).toEqual(['east'])
  })

  it('counts a stop as left only beyond the exit margin, and never fires it again', () => {
    const { state, arrivals } = walk([at(40), at(300), at(20)])
    expect(arrivals).toEqual(['east'])
    expect(state.fired).toEqual(['east'])
  })

  it('never fires a stop whose position is only approximate', () => {
    const fixes = [at(-80), at(-80, 5)]
    expect(walk(fixes).arrivals).not.toContain('somewhere')
  })

  it('ignores fixes too vague to place anyone at a door', () => {
    expect(walk([at(0, MAX_USABLE_ACCURACY_M + 1)]).arrivals).toEqual([])
  })

  it('fires the nearer stop first when one fix reaches two', () => {
    const between = at(-60, 60)
    expect(walk([between]).arrivals).toEqual(['east'])
    expect(walk([between, at(-150, 5)]).arrivals).toEqual(['east', 'west'])
  })
})
