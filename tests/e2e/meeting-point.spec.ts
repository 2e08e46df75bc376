import type { EventDetail } from '../../shared/types/event'
import { TILE_ORIGIN } from '../../playwright.config'
import { shanghaiDateTimeInDays } from './support/eventDates'
import { logInOrganiser } from './support/organiserEvents'
import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

test('an organiser taps the meeting point on the map; the event page shows it with the route', async ({ page }) => {
  await logInOrganiser(page.request)
  await page.goto('/organiser/events/new')
  await waitForHydration(page)
  await page.getByLabel('Walk', { exact: true }).selectOption('suzhou-creek')
  await expect(page.locator('.chosen li')).toHaveCount(3)

  const picker = page.getByRole('region', { name: 'Map for choosing the meeting point' })
  await expect(picker.locator('.meeting-marker')).toBeVisible()
  await expect(picker.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  const latitude = page.getByLabel('Latitude (WGS-84)')
  const longitude = page.getByLabel('Longitude (WGS-84)')
  const walkStart = [await latitude.inputValue(), await longitude.inputValue()]
  const box = (await picker.boundingBox())!
  // Up and to the right of the centre: north-east of the walk's start.
  await picker.click({ position: { x: box.width / 2 + 60, y: box.height / 2 - 40 } })
  await expect(latitude).not.toHaveValue(walkStart[0]!)
  const picked = { lat: Number(await latitude.inputValue()), lng: Number(await longitude.inputValue()) }
  expect(picked.lat).toBeGreaterThan(Number(walkStart[0]))
  expect(picked.lng).toBeGreaterThan(Number(walkStart[1]))
  await expectNoHorizontalScroll(page)
  await picker.screenshot({ path: 'reports/screens/meeting-point-picker.png' })

  await page.getByLabel('Starts', { exact: true }).fill(shanghaiDateTimeInDays(200, '10:00'))
  await page.getByLabel('Sign-up closes').fill(shanghaiDateTimeInDays(199, '20:00'))
  const english = page.locator('.language-texts', { hasText: 'English' })
  await english.getByLabel('Description').fill('Meet by the creek, then walk the campus.')
  await english.getByLabel('How to find the meeting point').fill('By the blue bridge railing.')
  await page.getByLabel('Published').check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page).toHaveURL(/\/organiser\/events\/[0-9a-f-]{36}$/)
  const eventId = page.url().split('/').pop()!

  const event = await (await page.request.get(`/api/events/${eventId}`)).json() as EventDetail
  expect(event.meetingPoint).toEqual(picked)
  // The route starts where the group meets and then visits the three stops.
  expect(event.line[0]).toEqual([picked.lat, picked.lng])
  expect(event.line.at(-1)).toEqual([event.stops[2]!.lat, event.stops[2]!.lng])

  const tiles: number[] = []
  page.on('response', (response) => {
    if (response.url().startsWith(`${TILE_ORIGIN}/tiles/`)) tiles.push(response.status())
  })
  await page.goto(`/events/${eventId}`)
  await waitForHydration(page)
  // First a drawing of the route with the meeting pin, no tiles fetched; the tile map on request.
  const drawing = page.getByRole('img', { name: 'Map of the route and the meeting point' })
  await expect(drawing.locator('g.stop')).toHaveCount(3)
  await expect(drawing.locator('path.meeting')).toHaveCount(1)
  expect(tiles).toEqual([])
  await page.getByRole('button', { name: 'Open the interactive map' }).click()
  const map = page.getByRole('region', { name: 'Map of the route and the meeting point' })
  await expect(map.locator('.meeting-marker')).toBeVisible()
  await expect(map.locator('.stop-marker')).toHaveCount(3)
  await expect(map.locator('path.leaflet-interactive')).toHaveCount(1)
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeVisible()
  expect(tiles.length).toBeGreaterThan(0)
  expect(tiles.every(status => status === 200)).toBe(true)
  await expectNoHorizontalScroll(page)
  await page.screenshot({ path: 'reports/screens/event-map.png', fullPage: true })

  await map.locator('.meeting-marker').click()
  await expect(map.locator('.leaflet-popup')).toContainText('By the blue bridge railing.')
  await map.locator('.stop-marker').filter({ hasText: '2' }).click()
  await map.locator('.leaflet-popup a[data-stop-link]').click()
  await expect(page).toHaveURL(/\/walks\/suzhou-creek\/ecupl-st-johns-campus$/)
})
