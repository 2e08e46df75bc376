import { describe, expect, it } from 'vitest'
import { corridorTiles, tileOf, tileUrl } from '../../shared/map/corridorTiles'

describe('tileOf', () => {
  it('finds the slippy-map tile of a point (Jiangsu Road station at zoom 15)', () => {
    // Computed independently (Python, the OSM wiki formula): x 27436, y 13389.
    expect(tileOf({ lat: 31.2225, lng: 121.4258 }, 15)).toEqual({ x: 27436, y: 13389 })
  })
})

describe('corridorTiles', () => {
  const line = [{ lat: 31.2225, lng: 121.4258 }, { lat: 31.2215, lng: 121.4183 }]

  it('covers every tile under the line and its band, once each', () => {
    const tiles = corridorTiles(line, 150, [17])
    const keys = tiles.map(t => `${t.z}/${t.x}/${t.y}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const point of line) expect(keys).toContain(`17/${tileOf(point, 17).x}/${tileOf(point, 17).y}`)
  })

  it('grows with zoom and stays bounded for a 700 m walk', () => {
    const counts = [14, 15, 16, 17].map(z => corridorTiles(line, 150, [z]).length)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(counts.reduce((a, b) => a + b)).toBeLessThan(60)
  })

  it('is empty for no line', () => {
    expect(corridorTiles([], 150, [14])).toEqual([])
  })
})

describe('tileUrl', () => {
  it('picks the subdomain the way Leaflet does, so stored tiles are found', () => {
    // Leaflet: subdomains[|x + y| % count]. A made-up host: nothing here is ever fetched.
    const template = 'https://tiles{s}.example.test/{z}/{x}/{y}.png'
    expect(tileUrl(template, { z: 16, x: 54872, y: 26780 }, '1234')).toBe(`https://tiles${'1234'[(54872 + 26780) % 4]}.example.test/16/54872/26780.png`)
    expect(tileUrl(template, { z: 16, x: 54873, y: 26780 }, '1234')).toBe(`https://tiles${'1234'[(54873 + 26780) % 4]}.example.test/16/54873/26780.png`)
  })
})
