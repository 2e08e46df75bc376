import { describe, expect, it } from 'vitest'
import { buildRoutePreview } from '../../shared/map/routePreview'
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
  const preview = buildRoutePreview(walk, 640, 460, 28)

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
    const again = buildRoutePreview(vaguer, 640, 460, 28)
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
