import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corridorTiles } from '../../shared/map/corridorTiles'
import type { WalkOfflinePackage } from '../../shared/types/offline'
import { writePmtiles } from '../support/pmtilesWriter'
import { serveArchive } from './support/archiveServer'
import { OFFLINE_LOAD_FAILURE, serviceWorkerInControl, test, expect, waitForHydration } from './support/fixtures'
import { startOwnServer } from './support/ownServer'
import { solidPng } from './support/solidPng.mjs'

// A server of its own, configured with a PMTiles archive that the test writes and serves (port + 1).
const PORT = Number(process.env.E2E_PMTILES_PORT || 3974)
const folder = mkdtempSync(join(tmpdir(), 'citywalk-pmtiles-'))
const WALK = 'yuyuan-road'

test.use({ expectedConsole: [OFFLINE_LOAD_FAILURE] })
test.afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** An archive of the walk's surroundings (800 m around the route, zoom 13–17), every tile one pale blue. */
function archiveFor(line: WalkOfflinePackage['line']) {
  const points = line.map(([lat, lng]) => ({ lat, lng }))
  const tile = solidPng(256, [190, 215, 235])
  const lats = points.map(p => p.lat)
  const lngs = points.map(p => p.lng)
  const bounds = { minLon: Math.min(...lngs) - 0.01, minLat: Math.min(...lats) - 0.01, maxLon: Math.max(...lngs) + 0.01, maxLat: Math.max(...lats) + 0.01 }
  return writePmtiles(corridorTiles(points, 800, [13, 14, 15, 16, 17]).map(address => ({ ...address, data: tile })), bounds)
}

test('the map draws tiles from a PMTiles archive, and a walk download keeps the route\'s tiles for offline use', async ({ page, context }) => {
  test.setTimeout(120_000)
  const archiveUrl = `http://127.0.0.1:${PORT + 1}/archive.pmtiles`
  const server = await startOwnServer({
    port: PORT,
    env: {
      CITYWALK_DATABASE_FILE: join(folder, 'app.sqlite'),
      NUXT_SESSION_PASSWORD: 'pmtiles-test-session-password-0123456789abcdef',
      NUXT_PUBLIC_MAP_PMTILES_URL: archiveUrl,
      NUXT_PUBLIC_MAP_ATTRIBUTION: 'Test archive',
    },
  })
  const pkg = await (await fetch(`${server.origin}/api/walks/${WALK}/offline?locale=en`)).json() as WalkOfflinePackage
  const archive = await serveArchive(PORT + 1, archiveFor(pkg.line))
  try {
    await page.goto(`${server.origin}/walks/${WALK}`)
    await waitForHydration(page)
    await serviceWorkerInControl(page)
    await expect(page.getByRole('region', { name: 'Use this walk offline' }).getByRole('button', { name: /^Download \(/ })).toBeVisible()
    expect(archive.ranges, 'the archive is read only once the map opens').toEqual([])
    await page.getByRole('button', { name: 'Open the interactive map' }).click()
    const map = page.locator('.leaflet-container')
    await expect(map.locator('img.leaflet-tile-loaded[src^="blob:"]').first()).toBeVisible({ timeout: 15_000 })
    await expect(map.locator('.leaflet-control-attribution')).toContainText('Test archive')
    expect(archive.ranges.length).toBeGreaterThan(1)

    const download = page.getByRole('region', { name: 'Use this walk offline' })
    await download.getByRole('button', { name: /^Download/ }).click()
    await expect(download).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 })
    const storedZooms = await page.evaluate(async (walk) => {
      const keys = await (await caches.open(`citywalk-walk:${walk}:en`)).keys()
      return [...new Set(keys.map(request => /[?&]tile=(\d+)\//.exec(request.url)?.[1]).filter(Boolean))].sort()
    }, WALK)
    expect(storedZooms).toEqual(['14', '15', '16', '17'])

    await context.setOffline(true)
    const rangesOnline = archive.ranges.length
    await page.reload()
    await waitForHydration(page)
    await page.getByRole('button', { name: 'Open the interactive map' }).click()
    await expect(map.locator('img.leaflet-tile-loaded[src^="blob:"]').first()).toBeVisible({ timeout: 15_000 })
    await expect(map.locator('.leaflet-overlay-pane path').first()).toBeVisible()
    expect(archive.ranges.length).toBe(rangesOnline)
  }
  finally {
    // Nothing left on the page may ask the servers for anything once they stop.
    await page.goto('about:blank')
    await server.stop()
    await archive.close()
  }
})
