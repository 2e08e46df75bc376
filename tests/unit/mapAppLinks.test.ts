import { describe, expect, it } from 'vitest'
import { mapAppLinks } from '../../shared/utils/mapAppLinks'
import { wgs84ToGcj02 } from '../../shared/utils/chinaCoordinates'

const rewiAlley = { lat: 31.2220, lng: 121.4197 }

describe('mapAppLinks', () => {
  const links = mapAppLinks(rewiAlley, '路易·艾黎故居')

  it('gives geo: and Apple Maps the WGS-84 position', () => {
    expect(links.geo).toMatch(/^geo:31\.222000,121\.419700\?q=31\.222000,121\.419700\(/)
    expect(links.apple).toContain('ll=31.222000,121.419700')
  })

  it('gives Amap the GCJ-02 position, longitude first, and says so', () => {
    const gcj = wgs84ToGcj02(rewiAlley)
    expect(links.amap).toContain(`position=${gcj.lng.toFixed(6)},${gcj.lat.toFixed(6)}`)
    expect(links.amap).toContain('coordinate=gaode')
  })

  it('encodes the label', () => {
    expect(links.apple).toContain(encodeURIComponent('路易·艾黎故居'))
    expect(links.amap).not.toContain('路易')
  })
})
