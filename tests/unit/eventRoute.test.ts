import { describe, expect, it } from 'vitest'
import { eventRouteLine, type WalkPath } from '../../shared/utils/eventRoute'

const start = { lat: 31.2200, lng: 121.4100 }
const a = { slug: 'a', position: { lat: 31.2210, lng: 121.4120 } }
const b = { slug: 'b', position: { lat: 31.2230, lng: 121.4150 } }
const c = { slug: 'c', position: { lat: 31.2250, lng: 121.4170 } }
const walk: WalkPath = {
  stops: ['a', 'b', 'c'],
  start,
  via: key => ({ start: [{ lat: 31.2205, lng: 121.4105 }], a: [{ lat: 31.2220, lng: 121.4130 }], b: [{ lat: 31.2240, lng: 121.4160 }] })[key] ?? [],
}

describe('the line of a group walk', () => {
  it('is straight from the meeting point through the stops for a composed route', () => {
    expect(eventRouteLine(start, [b, a])).toEqual([[31.22, 121.41], [31.223, 121.415], [31.221, 121.412]])
  })

  it('follows the walk\'s recorded path where the event keeps the walk\'s order', () => {
    expect(eventRouteLine(start, [a, b, c], walk)).toEqual([
      [31.22, 121.41], [31.2205, 121.4105], [31.221, 121.412], [31.222, 121.413], [31.223, 121.415], [31.224, 121.416], [31.225, 121.417],
    ])
  })

  it('goes straight where the event leaves the walk\'s order or meets elsewhere', () => {
    const elsewhere = { lat: 31.2300, lng: 121.4300 }
    expect(eventRouteLine(elsewhere, [a, c, b], walk)).toEqual([
      [31.23, 121.43], [31.221, 121.412], [31.225, 121.417], [31.223, 121.415],
    ])
  })
})
