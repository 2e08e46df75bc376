import { describe, expect, it } from 'vitest'
import { distanceM } from '../../shared/utils/geo'
import { CIRCUITY_FACTOR, sumLegs, walkingLeg, walkingMinutes } from '../../shared/utils/walking'

const rewiAlley = { lat: 31.2220, lng: 121.4197 }
const hengchangli = { lat: 31.2215, lng: 121.4183 }

describe('walkingMinutes', () => {
  it('rounds up to whole minutes at 75 m a minute', () => {
    expect(walkingMinutes(0)).toBe(0)
    expect(walkingMinutes(1)).toBe(1)
    expect(walkingMinutes(75)).toBe(1)
    expect(walkingMinutes(76)).toBe(2)
    expect(walkingMinutes(4500)).toBe(60)
  })
})

describe('walkingLeg', () => {
  it('uses the straight line times the circuity factor when no path is known', () => {
    const straight = distanceM(rewiAlley, hengchangli)
    const leg = walkingLeg(rewiAlley, hengchangli)
    expect(leg.distanceM).toBe(Math.round((straight * CIRCUITY_FACTOR) / 10) * 10)
    expect(leg.durationMin).toBe(Math.ceil((straight * CIRCUITY_FACTOR) / 75))
    expect(leg.bearingDeg).toBeGreaterThan(240)
    expect(leg.bearingDeg).toBeLessThan(270)
  })

  it('follows recorded path points without the factor', () => {
    const corner = { lat: 31.2220, lng: 121.4183 }
    const leg = walkingLeg(rewiAlley, hengchangli, [corner])
    const expected = distanceM(rewiAlley, corner) + distanceM(corner, hengchangli)
    expect(leg.distanceM).toBe(Math.round(expected / 10) * 10)
  })
})

describe('sumLegs', () => {
  it('adds the distances and the minutes the list shows', () => {
    expect(sumLegs([
      { distanceM: 120, durationMin: 2, bearingDeg: 0 },
      { distanceM: 300, durationMin: 4, bearingDeg: 90 },
    ])).toEqual({ distanceM: 420, durationMin: 6 })
    expect(sumLegs([])).toEqual({ distanceM: 0, durationMin: 0 })
  })
})
