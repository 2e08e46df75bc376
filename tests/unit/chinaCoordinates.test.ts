import { describe, expect, it } from 'vitest'
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../shared/utils/chinaCoordinates'
import { bearingDeg, distanceM } from '../../shared/utils/geo'

const zhongshanPark = { lat: 31.2230, lng: 121.4157 }

describe('WGS-84 ↔ GCJ-02', () => {
  it('shifts a Shanghai point about 490 m to the south-east, as the content brief measured', () => {
    const gcj = wgs84ToGcj02(zhongshanPark)
    expect(distanceM(zhongshanPark, gcj)).toBeGreaterThan(450)
    expect(distanceM(zhongshanPark, gcj)).toBeLessThan(530)
    expect(bearingDeg(zhongshanPark, gcj)).toBeGreaterThan(100)
    expect(bearingDeg(zhongshanPark, gcj)).toBeLessThan(130)
  })

  it('comes back to within a metre after a round trip', () => {
    for (const point of [zhongshanPark, { lat: 31.2220, lng: 121.4197 }, { lat: 31.2280, lng: 121.4175 }]) {
      expect(distanceM(point, gcj02ToWgs84(wgs84ToGcj02(point)))).toBeLessThan(1)
    }
  })

  it('reproduces the brief\'s conversion of the Zhongshan Park station anchor', () => {
    const wgs = gcj02ToWgs84({ lat: 31.218014, lng: 121.415741 })
    expect(distanceM(wgs, { lat: 31.2199, lng: 121.4111 })).toBeLessThan(15)
  })

  it('leaves points outside China untouched', () => {
    const london = { lat: 51.5007, lng: -0.1246 }
    expect(wgs84ToGcj02(london)).toEqual(london)
  })
})
