import { test, expect, waitForHydration } from './support/fixtures'

// The Yuyuan Road walk as stored: start station, the six stops (Yu Lane's position is only an area), end station.
const ROUTE = [
  { lat: 31.2223, lng: 121.4260 },
  { lat: 31.2225, lng: 121.4258 },
  { lat: 31.2232, lng: 121.4250 },
  { lat: 31.2236, lng: 121.4235 },
  { lat: 31.2224, lng: 121.4225 },
  { lat: 31.2220, lng: 121.4197 },
  { lat: 31.2215, lng: 121.4183 },
  { lat: 31.2199, lng: 121.4111 },
]
const METRE_LAT = 1 / 111_320
const METRE_LNG = 1 / (111_320 * Math.cos((31.222 * Math.PI) / 180))

/** A walk along the route every ~8 m, with up to ±10 m of GPS jitter from a fixed seed. */
function simulatedTrack() {
  let seed = 42
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 2 - 1
  const fixes: { latitude: number, longitude: number, accuracy: number }[] = []
  for (let i = 1; i < ROUTE.length; i++) {
    const from = ROUTE[i - 1]!
    const to = ROUTE[i]!
    const metres = Math.hypot((to.lat - from.lat) / METRE_LAT, (to.lng - from.lng) / METRE_LNG)
    const steps = Math.max(2, Math.round(metres / 8))
    for (let s = 0; s < steps; s++) {
      const f = s / steps
      fixes.push({
        latitude: from.lat + (to.lat - from.lat) * f + random() * 10 * METRE_LAT,
        longitude: from.lng + (to.lng - from.lng) * f + random() * 10 * METRE_LNG,
        accuracy: 12 + Math.abs(random()) * 8,
      })
    }
  }
  return fixes
}

test.use({ permissions: ['geolocation'], geolocation: { latitude: 31.2240, longitude: 121.4290, accuracy: 15 } })

test('walk mode fires each stop once, in order, and never cuts off a playing track', async ({ page, context }) => {
  await page.goto('/walks/yuyuan-road')
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Start walk mode' }).click()
  const bar = page.getByRole('region', { name: 'Walk progress' })
  await expect(bar).toContainText('Next stop:')

  const current = () => page.evaluate(() => {
    const audio = document.querySelector('body > audio') as HTMLAudioElement
    return { src: audio.currentSrc, paused: audio.paused }
  })
  const sources = new Set<string>()
  for (const fix of simulatedTrack()) {
    await context.setGeolocation(fix)
    await page.waitForTimeout(40)
    const { src } = await current()
    if (src) sources.add(src.replace(/\.(opus|mp3)$/, ''))
  }

  await expect(bar.locator('ol li')).toHaveText(['1', '2', '3', '5', '6'])
  await expect(page).toHaveURL(/\/walks\/yuyuan-road\/yuyuan-department-store$/)
  // The first stop's narration started on arrival and was never replaced by a later arrival.
  expect([...sources]).toEqual([expect.stringMatching(/\/narration\/en\/yuyuan-department-store$/)])
  expect((await current()).paused).toBe(false)
  await expect(bar.getByRole('status').first()).toContainText('Qian Xuesen')
})
