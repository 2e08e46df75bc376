import { PMTiles, type Source } from 'pmtiles'
import { describe, expect, it } from 'vitest'
import { archiveTileKey, tileOfArchiveKey, tilesInArchive } from '../../shared/map/archiveTiles'
import { corridorTiles, tileOf } from '../../shared/map/corridorTiles'
import { archiveTile } from '../../utils/map/pmtilesArchive'
import { writePmtiles } from '../support/pmtilesWriter'
import { solidPng } from '../e2e/support/solidPng.mjs'

// Jiangsu Road station to a few hundred metres west along Yuyuan Road.
const line = [{ lat: 31.2225, lng: 121.4258 }, { lat: 31.2215, lng: 121.4183 }]
const coverage = { minZoom: 15, maxZoom: 16, minLon: 121.42, minLat: 31.21, maxLon: 121.44, maxLat: 31.23 }

/** An archive read from memory, as the browser reads one with range requests. */
function archiveOf(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  }
  return new PMTiles(source)
}

describe('tilesInArchive', () => {
  const tiles = corridorTiles(line, 150, [14, 15, 16, 17])

  it('keeps only the zoom levels the archive has', () => {
    const zooms = new Set(tilesInArchive(tiles, coverage).map(tile => tile.z))
    expect([...zooms].sort()).toEqual([15, 16])
  })

  it('drops tiles wholly outside the archive bounds and keeps those overlapping them', () => {
    const east = { ...coverage, minZoom: 14, maxZoom: 17, minLon: 121.4225 }
    const kept = tilesInArchive(tiles, east)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(tiles.length)
    // The western end of the line lies outside; the station at the eastern end inside.
    expect(kept).toContainEqual({ z: 17, ...tileOf(line[0]!, 17) })
    expect(kept).not.toContainEqual({ z: 17, ...tileOf(line[1]!, 17) })
  })
})

describe('archive tile keys', () => {
  it('name one tile of one archive and read back', () => {
    expect(archiveTileKey('/maps/shanghai.pmtiles', { z: 16, x: 54872, y: 26780 })).toBe('/maps/shanghai.pmtiles?tile=16/54872/26780')
    expect(tileOfArchiveKey('https://maps.example.test/a.pmtiles?v=2&tile=16/54872/26780')).toEqual({ z: 16, x: 54872, y: 26780 })
    expect(archiveTileKey('https://maps.example.test/a.pmtiles?v=2', { z: 1, x: 0, y: 1 })).toBe('https://maps.example.test/a.pmtiles?v=2&tile=1/0/1')
    expect(tileOfArchiveKey('/maps/shanghai.pmtiles')).toBeNull()
  })
})

describe('archiveTile', () => {
  const green = new Uint8Array(solidPng(8, [30, 160, 90]))
  const grey = new Uint8Array(solidPng(8, [200, 200, 200]))
  const stored = tilesInArchive(corridorTiles(line, 150, [15, 16]), coverage)
  // Every tile shares one of two images, so the archive also exercises shared copies.
  const bytes = writePmtiles(stored.map((tile, i) => ({ ...tile, data: i % 2 ? grey : green })), coverage)

  it('reads each stored tile back as a PNG from a real archive', async () => {
    const archive = archiveOf(bytes)
    for (const [i, tile] of stored.entries()) {
      const response = await archiveTile(archive, tile)
      expect(response.headers.get('content-type')).toBe('image/png')
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(i % 2 ? grey : green)
    }
  })

  it('answers an empty body for a tile the archive does not hold, so a download does not fail over it', async () => {
    const missing = { z: 16, x: tileOf(line[0]!, 16).x + 40, y: tileOf(line[0]!, 16).y }
    const response = await archiveTile(archiveOf(bytes), missing)
    expect(response.ok).toBe(true)
    expect((await response.arrayBuffer()).byteLength).toBe(0)
  })
})
