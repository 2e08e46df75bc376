import { describe, expect, it } from 'vitest'
import { bearingDeg, compassPoint, distanceM, polylineLengthM } from '../../shared/utils/geo'

describe('distanceM', () => {
  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceM({ lat: 31, lng: 121 }, { lat: 32, lng: 121 })).toBeCloseTo(111_195, -1)
  })

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const atShanghai = distanceM({ lat: 31.22, lng: 121 }, { lat: 31.22, lng: 122 })
    expect(atShanghai).toBeCloseTo(111_195 * Math.cos((31.22 * Math.PI) / 180), -1)
  })

  it('is zero for the same point and symmetric', () => {
    const a = { lat: 31.2220, lng: 121.4197 }
    const b = { lat: 31.2215, lng: 121.4183 }
    expect(distanceM(a, a)).toBe(0)
    expect(distanceM(a, b)).toBeCloseTo(distanceM(b, a), 9)
  })
})

describe('bearingDeg and compassPoint', () => {
  const origin = { lat: 31.22, lng: 121.42 }
  it.each([
    [{ lat: 31.23, lng: 121.42 }, 0, 'n'],
    [{ lat: 31.22, lng: 121.43 }, 90, 'e'],
    [{ lat: 31.21, lng: 121.42 }, 180, 's'],
    [{ lat: 31.22, lng: 121.41 }, 270, 'w'],
  ])('points from the origin to %o at %i° (%s)', (to, expected, point) => {
    expect(bearingDeg(origin, to)).toBeCloseTo(expected, 0)
    expect(compassPoint(bearingDeg(origin, to))).toBe(point)
  })

  it('rounds to the nearest of eight points, wrapping past north', () => {
    expect(compassPoint(22)).toBe('n')
    expect(compassPoint(23)).toBe('ne')
    expect(compassPoint(350)).toBe('n')
    expect(compassPoint(-45)).toBe('nw')
  })
})

describe('polylineLengthM', () => {
  it('adds up the segments', () => {
    const a = { lat: 31.22, lng: 121.42 }
    const b = { lat: 31.23, lng: 121.42 }
    const c = { lat: 31.23, lng: 121.43 }
    expect(polylineLengthM([a, b, c])).toBeCloseTo(distanceM(a, b) + distanceM(b, c), 6)
    expect(polylineLengthM([a])).toBe(0)
  })
})
