import { describe, expect, it } from 'vitest'
import { resolveTileSource, TILE_PRESETS } from '../../shared/map/tileSources'

describe('resolveTileSource', () => {
  it('defaults to OpenStreetMap, which forbids prefetching', () => {
    const source = resolveTileSource({})
    expect(source.url).toBe(TILE_PRESETS.osm.url)
    expect(source.crs).toBe('wgs84')
    expect(source.allowsPrefetch).toBe(false)
  })

  it('falls back to OpenStreetMap for an unknown preset', () => {
    expect(resolveTileSource({ preset: 'nope' }).url).toBe(TILE_PRESETS.osm.url)
  })

  it('puts the TianDiTu key into the URL, encoded', () => {
    const source = resolveTileSource({ preset: 'tianditu', tiandituKey: 'a b&c' })
    expect(source.url).toContain('tk=a%20b%26c')
    expect(source.url).not.toContain('{key}')
    expect(source.crs).toBe('wgs84')
  })

  it('marks Amap as GCJ-02 so markers are shifted onto its streets', () => {
    expect(resolveTileSource({ preset: 'amap' }).crs).toBe('gcj02')
  })

  it('lets config override URL, attribution and datum', () => {
    const source = resolveTileSource({ tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: 'Local', crs: 'gcj02' })
    expect(source).toMatchObject({ url: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: 'Local', crs: 'gcj02' })
  })

  it('draws a self-hosted PMTiles archive instead of any preset, and may store its tiles', () => {
    const source = resolveTileSource({ preset: 'amap', tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png', pmtilesUrl: '/maps/shanghai.pmtiles', attribution: 'Own tiles' })
    expect(source).toMatchObject({ format: 'pmtiles', url: '/maps/shanghai.pmtiles', attribution: 'Own tiles', crs: 'wgs84', allowsPrefetch: true })
  })

  it('ignores an unknown datum', () => {
    expect(resolveTileSource({ preset: 'amap', crs: 'bd09' }).crs).toBe('gcj02')
  })
})
