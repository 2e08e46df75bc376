import { test, expect } from './support/fixtures'
import { messages } from './support/messages'

const ko = messages('ko')
const ar = messages('ar')
const row = (label: string) => `dt:text-is("${label}") + dd`

test('a Korean student sees what the exhibition hall\'s sources say about going in, with dates, and the nearest metro', async ({ page }) => {
  await page.goto('/ko/walks/yuyuan-road/hengchangli-bolshevik-office')
  const visit = page.locator('section.visit')
  await expect(visit.locator('.check')).toHaveText(ko.stop.checkOnSite)
  await expect(visit.locator(row(ko.stop.practical.openTo))).toHaveText(`${ko.stop.practical.status.open} (gknsm.com, 2019년)`)
  // An undated listing says so beside its hours.
  await expect(visit.locator(row(ko.stop.practical.hours))).toHaveText(`월–토 09:00–11:00 및 13:00–16:00 (NZ China Friendship Society, ${ko.stop.practical.undatedCitation.replace('{source}, ', '')})`)
  await expect(visit.locator(row(ko.stop.practical.admission))).toContainText(ko.stop.practical.free)
  await expect(visit.locator(row(ko.stop.practical.metro))).toHaveText(/^장쑤루역\(지하철 2·11호선\): 걸어서 약 \d+분$/)
  await expect(visit.locator(row(ko.stop.practical.facilities))).toHaveText(ko.stop.practical.facilitiesUnknown)
})

test('in Arabic, a residential lane asks for quiet, and a status no source dates is marked unconfirmed', async ({ page }) => {
  await page.goto('/ar/walks/yuyuan-road/qian-xuesen-residence')
  const visit = page.locator('section.visit')
  await expect(visit.locator(row(ar.stop.practical.openTo))).toHaveText(`${ar.stop.practical.status.byArrangement} (${ar.stop.practical.notConfirmed})`)
  await expect(visit.locator(row(ar.stop.practical.hours))).toHaveText(ar.stop.practical.hoursUnknown)
  await expect(visit.locator(row(ar.stop.practical.admission))).toHaveCount(0)
  await expect(visit.getByText(ar.stop.practical.residential)).toBeVisible()
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
})

test('the walkway\'s daily hours carry their date; a stop nobody has confirmed says so without a date', async ({ page }) => {
  await page.goto('/walks/suzhou-creek/suzhou-creek-ecupl-walkway')
  const en = messages('en')
  const visit = page.locator('section.visit')
  await expect(visit.locator(row(en.stop.practical.hours))).toHaveText(/^Daily 07:00–21:00 \(.+, April 19, 2020\)$/)
  await expect(visit.locator(row(en.stop.practical.openTo))).toHaveText(/^Public space, open to all \(.+, April 19, 2020\)$/)
  await page.goto('/walks/yuyuan-road/yu-lane-garden')
  await expect(visit.locator(row(en.stop.practical.openTo))).toHaveText(en.stop.practical.status.unconfirmed)
})
