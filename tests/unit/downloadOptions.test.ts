import { describe, expect, it } from 'vitest'
import { corridorTiles, tileUrl } from '../../shared/map/corridorTiles'
import type { WalkOfflinePackage } from '../../shared/types/offline'
import { wgs84ToGcj02 } from '../../shared/utils/chinaCoordinates'
import { downloadOptionsFor } from '../../utils/offline/downloadOptions'

// Jiangsu Road station to Zhongshan Park along Yuyuan Road, WGS-84.
const line: [number, number][] = [[31.2223, 121.426], [31.2226, 121.4215], [31.2232, 121.4175]]
const pkg = { line } as WalkOfflinePackage
const TEMPLATE = 'http://127.0.0.1:9/{z}/{x}/{y}.png'
const urlsOf = (points: { lat: number, lng: number }[]) => corridorTiles(points, 150, [14, 15, 16, 17]).map(tile => tileUrl(TEMPLATE, tile))

describe('downloadOptionsFor', () => {
  it('stores the tiles along the route only where the tile source allows it', async () => {
    expect(await downloadOptionsFor({ tileUrl: TEMPLATE }).tileUrlsFor(pkg, true)).toEqual([])
    const wgs = await downloadOptionsFor({ tileUrl: TEMPLATE, allowPrefetch: true }).tileUrlsFor(pkg, true)
    expect(wgs).toEqual(urlsOf(line.map(([lat, lng]) => ({ lat, lng }))))
  })

  it('for a map in Chinese coordinates (GCJ-02), stores the tiles under the route as that map draws it', async () => {
    const gcj = await downloadOptionsFor({ tileUrl: TEMPLATE, crs: 'gcj02', allowPrefetch: true }).tileUrlsFor(pkg, true)
    expect(gcj).toEqual(urlsOf(line.map(([lat, lng]) => wgs84ToGcj02({ lat, lng }))))
    // The offset (several hundred metres in Shanghai) moves the corridor onto other tiles.
    expect(gcj).not.toEqual(urlsOf(line.map(([lat, lng]) => ({ lat, lng }))))
  })
})
