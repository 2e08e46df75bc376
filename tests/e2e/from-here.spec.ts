import { test, expect, waitForHydration } from './support/fixtures'
import { messages } from './support/messages'

/*
 * On a stop's page, "How far is it from here?": one position fix, then the walking distance, time and
 * direction, or "you are at this stop", by walk mode's rules. Rewi Alley's former home is placed to ±100 m;
 * Yu Lane only to ±400 m, so it is never "here".
 */
const REWI = { latitude: 31.2220, longitude: 121.4197 }
const YU_LANE = { latitude: 31.2224, longitude: 121.4225 }
// 0.0045° of latitude is 500 m: the walk there is 650 m (the 1.3 street factor), 9 minutes, due south.
const HALF_A_KILOMETRE_NORTH = { latitude: REWI.latitude + 0.0045, longitude: REWI.longitude, accuracy: 15 }

test.use({ permissions: ['geolocation'] })

for (const locale of ['en', 'ar'] as const) {
  const t = messages(locale)
  const prefix = locale === 'en' ? '' : `/${locale}`

  test(`a student asks how far the stop is, walks there, and is told they have arrived, in ${locale}`, async ({ page, context }) => {
    await context.setGeolocation(HALF_A_KILOMETRE_NORTH)
    await page.goto(`${prefix}/walks/yuyuan-road/rewi-alley-residence`)
    await waitForHydration(page)
    const ask = page.getByRole('button', { name: t.stop.fromHere.ask })
    const answer = page.locator('.from-here [role="status"]')
    await ask.click()
    const leg = t.stop.legWithDirection
      .replace('{distance}', t.units.metres.replace('{n}', '650'))
      .replace('{direction}', t.compass.s)
      .replace('{time}', t.units.minutes.split(' | ')[0]!.replace('{n}', '9'))
    await expect(answer).toHaveText(t.stop.fromHere.away.replace('{leg}', leg))
    // The arrow points south whatever the page's direction.
    await expect(answer.locator('svg')).toHaveAttribute('style', /rotate\(180deg\)/)

    await context.setGeolocation({ ...REWI, accuracy: 20 })
    await ask.click()
    await expect(answer).toHaveText(t.stop.fromHere.here)

    // Indoors, where the phone only knows the district.
    await context.setGeolocation({ ...REWI, accuracy: 300 })
    await ask.click()
    await expect(answer).toHaveText(t.stop.fromHere.vague.replace('{distance}', t.units.metres.replace('{n}', '300')))
  })
}

test('a stop whose spot is unconfirmed is only ever roughly that far, even standing on it', async ({ page, context }) => {
  await context.setGeolocation({ ...YU_LANE, accuracy: 10 })
  await page.goto('/walks/yuyuan-road/yu-lane-garden')
  await waitForHydration(page)
  await page.getByRole('button', { name: 'How far is it from here?' }).click()
  const answer = page.locator('.from-here [role="status"]')
  await expect(answer).toContainText('From here: ')
  await expect(answer).toContainText('The exact spot of this stop is not confirmed')
})

test('without permission to locate, the student is told how to allow it', async ({ page, context }) => {
  await context.clearPermissions()
  await page.goto('/ko/walks/yuyuan-road/rewi-alley-residence')
  await waitForHydration(page)
  const ko = messages('ko')
  await page.getByRole('button', { name: ko.stop.fromHere.ask }).click()
  await expect(page.locator('.from-here [role="status"]')).toHaveText(ko.map.locationDenied)
})
