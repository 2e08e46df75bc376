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

/** Pages in a PDF as Chromium prints it: one `/Type /Page` object each. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

for (const [code, walk, stops] of [['ko', 'yuyuan-road', 6], ['ar', 'suzhou-creek', 3]] as const) {
  test(`${code}: "before you go" on the walk page leads to a one-page printable sheet of ${walk}, with Chinese addresses and a code that opens the walk`, async ({ page }) => {
    const texts = messages(code)
    await page.goto(`/${code}/walks/${walk}`)
    const before = page.locator('section.before')
    await expect(before.getByRole('heading', { name: texts.walk.beforeYouGo.heading })).toBeVisible()
    await expect(before).toContainText(texts.walk.beforeYouGo.bestTimeValue)
    await expect(before).toContainText(walk === 'yuyuan-road' ? texts.walk.beforeYouGo.notes.residentialLanes : texts.walk.beforeYouGo.notes.narrowPath)
    await before.getByRole('link', { name: texts.walk.beforeYouGo.sheetLink }).click()
    await expect(page).toHaveURL(new RegExp(`/${code}/walks/${walk}/sheet$`))

    const items = page.locator('ol.stops > li')
    await expect(items).toHaveCount(stops)
    await expect(items.first().locator('.zh')).toContainText('上海市长宁区')
    await expect(page.getByRole('img', { name: texts.walk.sheet.codeLabel }).locator('svg')).toBeVisible()
    await expect(page.locator('figcaption')).toHaveText(new RegExp(`/${code}/walks/${walk}$`))
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: texts.walk.sheet.print })).toBeHidden()
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1)
  })
}
