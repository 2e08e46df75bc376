import { describe, expect, it } from 'vitest'
import { TILE_PRESETS } from '../../shared/map/tileSources'
import { tileOriginSource } from '../../shared/map/tileOrigin'

describe('tileOriginSource', () => {
  it('gives each preset\'s origin, with a wildcard for its subdomains', () => {
    expect(tileOriginSource(TILE_PRESETS.osm.url)).toBe('https://tile.openstreetmap.org')
    expect(tileOriginSource(TILE_PRESETS.tianditu.url)).toBe('https://*.tianditu.gov.cn')
    expect(tileOriginSource(TILE_PRESETS.amap.url)).toBe('https://*.is.autonavi.com')
  })

  it('keeps a port and refuses what CSP cannot express', () => {
    expect(tileOriginSource('http://127.0.0.1:3901/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:3901')
    expect(tileOriginSource('https://tiles.{s}.example.org/{z}/{x}/{y}.png')).toBeNull()
    expect(tileOriginSource('/tiles/{z}/{x}/{y}.png')).toBeNull()
  })
})
