import type { Page } from '@playwright/test'
import { TILE_ORIGIN } from '../../playwright.config'
import { test, expect, waitForHydration } from './support/fixtures'

async function openMap(page: Page, path: string) {
  await page.goto(path)
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Open the interactive map' }).click()
}

test('the walk page first draws the route without a map library or tiles; the map loads on request', async ({ page }) => {
  const tileRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(TILE_ORIGIN) || /leaflet/i.test(request.url())) tileRequests.push(request.url())
  })
  await page.goto('/walks/yuyuan-road')
  await waitForHydration(page)
  const drawing = page.getByRole('img', { name: /Route of the walk: 6 stops, from .+ to .+/ })
  await expect(drawing).toBeVisible()
  await expect(drawing.locator('g.stop')).toHaveCount(6)
  // The stop whose exact spot is unconfirmed is marked, not drawn as an area covering its neighbours.
  await expect(drawing.locator('circle.approximate')).toHaveCount(1)
  await expect(drawing.locator('circle.area')).toHaveCount(0)
  await expect(drawing.locator('g.station')).toHaveCount(2)
  expect(tileRequests).toEqual([])
  await page.getByRole('button', { name: 'Open the interactive map' }).click()
  await expect(page.locator('.leaflet-container .stop-marker')).toHaveCount(6)
})

test('the walk map draws every stop, the route and locally served tiles', async ({ page }) => {
  const tileResponses: number[] = []
  page.on('response', (response) => {
    if (response.url().startsWith(`${TILE_ORIGIN}/tiles/`)) tileResponses.push(response.status())
  })
  await openMap(page, '/walks/yuyuan-road')
  const map = page.locator('.leaflet-container')
  await expect(map.locator('.stop-marker')).toHaveCount(6)
  await expect(map.locator('.stop-marker--approximate')).toHaveCount(1)
  await expect(map.locator('.station-marker')).toHaveCount(2)
  await expect(map.locator('path.leaflet-interactive').first()).toBeVisible()
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  expect(tileResponses.length).toBeGreaterThan(0)
  expect(tileResponses.every(status => status === 200)).toBe(true)
  await expect(page.getByText('The map background could not load')).toHaveCount(0)
})

/** Pairs of markers whose boxes overlap on screen, as `A / B`. */
async function overlappingMarkers(page: Page) {
  return page.locator('.leaflet-marker-icon').evaluateAll((icons) => {
    const boxes = icons.map(icon => ({ name: icon.getAttribute('title') ?? icon.textContent ?? '', box: icon.getBoundingClientRect() }))
    return boxes.flatMap((a, i) => boxes.slice(i + 1)
      .filter(b => a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
      .map(b => `${a.name} / ${b.name}`))
  })
}

test('no marker hides another: the start station beside stop 1, one station for a walk that ends where it began', async ({ page }) => {
  await openMap(page, '/walks/yuyuan-road')
  await expect(page.locator('.leaflet-container .station-marker')).toHaveCount(2)
  expect(await overlappingMarkers(page)).toEqual([])
  // Zoomed out, where everything crowds together.
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await expect.poll(() => overlappingMarkers(page)).toEqual([])

  await openMap(page, '/walks/suzhou-creek')
  const station = page.locator('.leaflet-container .station-marker')
  await expect(station).toHaveCount(1)
  await expect(station).toHaveAttribute('title', /^Start and finish: Zhongshan Park station/)
  expect(await overlappingMarkers(page)).toEqual([])
})

test('a stop marker opens a popup that leads to the stop', async ({ page }) => {
  await openMap(page, '/walks/suzhou-creek')
  await page.locator('.stop-marker').filter({ hasText: '2' }).click()
  await page.locator('.leaflet-popup a[data-stop-link]').click()
  await expect(page).toHaveURL(/\/walks\/suzhou-creek\/ecupl-st-johns-campus$/)
})

test.describe('when the tile server is down', () => {
  test.use({ expectedConsole: [/Failed to load resource/] })

  test('the route and stops still draw on a plain background, with a note', async ({ page }) => {
    await page.route(`${TILE_ORIGIN}/**`, route => route.abort())
    await openMap(page, '/walks/yuyuan-road')
    await expect(page.getByText('The map background could not load')).toBeVisible()
    await expect(page.locator('.leaflet-container .stop-marker')).toHaveCount(6)
    await expect(page.locator('.leaflet-container path.leaflet-interactive').first()).toBeVisible()
  })
})

test.describe('you are here', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: 31.2221, longitude: 121.4200, accuracy: 20 } })

  test('appears after a tap, never before', async ({ page }) => {
    await openMap(page, '/walks/yuyuan-road')
    await expect(page.locator('.leaflet-container .stop-marker')).toHaveCount(6)
    await expect(page.getByText('You are here')).toHaveCount(0)
    await page.getByRole('button', { name: 'Show where I am' }).click()
    await expect(page.locator('.leaflet-tooltip', { hasText: 'You are here' })).toBeVisible()
  })
})
