import { describe, expect, it } from 'vitest'
import { buildRoutePreview, eventPreviewShape, walkPreviewShape } from '../../shared/map/routePreview'
import type { WalkDetail } from '../../shared/types/walk'

const station = (lat: number, lng: number, label: string) => ({ nameZh: '站', lines: ['2'], label, position: { lat, lng, accuracyM: 150 } })
const stop = (number: number, lat: number, lng: number, accuracyM: number) => ({
  slug: `s${number}`, number, title: `Stop ${number}`, summary: '', lang: 'en', translated: true, nameZh: '', approximate: accuracyM > 250,
  position: { lat, lng, accuracyM }, narration: null, legToNext: { distanceM: 0, durationMin: 0 },
})
const walk = {
  stops: [stop(1, 31.2225, 121.4258, 100), stop(2, 31.2220, 121.4197, 400)],
  start: station(31.2226, 121.4262, 'Jiangsu Road'),
  end: station(31.2199, 121.4111, 'Zhongshan Park'),
  line: [[31.2226, 121.4262], [31.2225, 121.4258], [31.2220, 121.4197], [31.2199, 121.4111]],
} as unknown as WalkDetail

describe('buildRoutePreview', () => {
  const preview = buildRoutePreview(walkPreviewShape(walk), 640, 460, 28)

  it('keeps every point inside the drawing', () => {
    for (const point of [...preview.stops, ...preview.stations]) {
      expect(point.x).toBeGreaterThanOrEqual(0)
      expect(point.x).toBeLessThanOrEqual(preview.width)
      expect(point.y).toBeGreaterThanOrEqual(0)
      expect(point.y).toBeLessThanOrEqual(preview.height)
    }
  })

  it('fits the route, not an approximate stop\'s area: a wide area neither moves nor shrinks the drawing', () => {
    const vaguer = { ...walk, stops: walk.stops.map(stop => (stop.approximate ? { ...stop, position: { ...stop.position, accuracyM: 5000 } } : stop)) } as WalkDetail
    const again = buildRoutePreview(walkPreviewShape(vaguer), 640, 460, 28)
    expect(again.stops).toEqual(preview.stops)
    expect(again.stops.some(stop => stop.approximate)).toBe(true)
  })

  it('draws east to the right and north up, to scale', () => {
    const [first, second] = preview.stops
    expect(second!.x).toBeLessThan(first!.x) // stop 2 is west of stop 1
    expect(second!.y).toBeGreaterThan(first!.y) // and a little south
    expect(preview.line.startsWith('M')).toBe(true)
    expect(preview.line.match(/L/g)).toHaveLength(3)
  })

  it('knows its scale in ground metres', () => {
    const { metresPerPixel } = preview
    const [a, b] = [preview.stations[0]!, preview.stations[1]!]
    const pixels = Math.hypot(a.x - b.x, a.y - b.y)
    // Jiangsu Road to Zhongshan Park stations: about 1.45 km on the ground.
    expect(pixels * metresPerPixel).toBeGreaterThan(1350)
    expect(pixels * metresPerPixel).toBeLessThan(1550)
  })
})

describe('what a preview draws', () => {
  it('draws one station for a walk that ends where it began', () => {
    const loop = { ...walk, end: walk.start } as WalkDetail
    expect(walkPreviewShape(loop).stations).toEqual([walk.start])
    expect(buildRoutePreview(walkPreviewShape(walk)).stations).toHaveLength(2)
  })

  it('draws a group walk\'s own stops and its meeting point as a pin, inside the drawing', () => {
    const event = {
      meetingPoint: { lat: 31.2199, lng: 121.4111 },
      stops: [{ slug: 'a', walk: 'w', number: 1, title: 'A', lat: 31.2225, lng: 121.4258 }, { slug: 'b', walk: 'w', number: 2, title: 'B', lat: 31.2220, lng: 121.4197 }],
      line: [[31.2199, 121.4111], [31.2225, 121.4258], [31.2220, 121.4197]] as [number, number][],
    }
    const drawn = buildRoutePreview(eventPreviewShape(event))
    expect(drawn.stations).toEqual([])
    expect(drawn.stops.map(stop => [stop.number, stop.approximate])).toEqual([[1, false], [2, false]])
    // The meeting point is the westernmost place: the pin is at the drawing's left margin.
    expect(drawn.meetingPoint!.x).toBeLessThan(Math.min(...drawn.stops.map(stop => stop.x)))
    expect(drawn.meetingPoint!.x).toBeGreaterThanOrEqual(0)
    expect(buildRoutePreview(walkPreviewShape(walk)).meetingPoint).toBeNull()
  })

  it('draws a stop beside the meeting pin when they would overlap; the pin keeps its spot', () => {
    const event = {
      meetingPoint: { lat: 31.2225, lng: 121.4258 },
      stops: [{ slug: 'a', walk: 'w', number: 1, title: 'A', lat: 31.22252, lng: 121.42582 }, { slug: 'b', walk: 'w', number: 2, title: 'B', lat: 31.2199, lng: 121.4111 }],
      line: [[31.2225, 121.4258], [31.2199, 121.4111]] as [number, number][],
    }
    const drawn = buildRoutePreview(eventPreviewShape(event))
    const pinCentre = { x: drawn.meetingPoint!.x, y: drawn.meetingPoint!.y - 19 }
    const stop = drawn.stops[0]!
    // Apart as squares: the pin's 11 px and the stop's 13 px, with a gap.
    expect(Math.max(Math.abs(stop.x - pinCentre.x), Math.abs(stop.y - pinCentre.y))).toBeGreaterThanOrEqual(11 + 13)
    expect(drawn.stops[1]).toMatchObject({ number: 2 })
  })
})
