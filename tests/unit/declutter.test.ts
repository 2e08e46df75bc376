import { describe, expect, it } from 'vitest'
import { declutter, type Footprint } from '../../shared/map/declutter'

const overlaps = (a: Footprint, b: Footprint) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < a.radius + b.radius
const moved = (footprints: Footprint[]) => declutter(footprints).map(({ dx, dy }, i) => ({ ...footprints[i]!, x: footprints[i]!.x + dx, y: footprints[i]!.y + dy }))

describe('declutter', () => {
  it('leaves markers that do not touch where they are', () => {
    expect(declutter([{ x: 0, y: 0, radius: 17 }, { x: 100, y: 0, radius: 17 }])).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }])
  })

  it('keeps the first marker on its spot and moves a later one that would cover it just clear of it', () => {
    // Stop 1 and the start station 5 px apart, as at the Yuyuan Road walk's first zoom.
    const [stop, station] = declutter([{ x: 200, y: 300, radius: 17 }, { x: 204, y: 303, radius: 14 }])
    expect(stop).toEqual({ dx: 0, dy: 0 })
    const apart = Math.max(Math.abs(204 + station!.dx - 200), Math.abs(303 + station!.dy - 300))
    expect(apart).toBeGreaterThanOrEqual(17 + 14 + 2)
    // As close as the rings allow: within one ring step (half its radius) of touching.
    expect(Math.hypot(station!.dx, station!.dy)).toBeLessThan(17 + 14 + 2 + 7 + 5)
  })

  it('spreads a cluster of markers on one spot so that none hides another', () => {
    const cluster = Array.from({ length: 7 }, () => ({ x: 0, y: 0, radius: 17 }))
    const placed = moved(cluster)
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
    expect(placed[0]).toMatchObject({ x: 0, y: 0 })
  })

  it('is the same every time, so a marker does not jump between two zooms to the same level', () => {
    const footprints = [{ x: 10, y: 10, radius: 15 }, { x: 12, y: 14, radius: 17 }, { x: 8, y: 20, radius: 17 }]
    expect(declutter(footprints)).toEqual(declutter(footprints))
  })
})
