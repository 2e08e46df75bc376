import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'
import { messages } from './support/messages'

const journeys = [
  { locale: 'en', prefix: '', dir: 'ltr', walkTitle: 'Yuyuan Road', stopTitle: 'Qian Xuesen' },
  { locale: 'zh', prefix: '/zh', dir: 'ltr', walkTitle: '愚园路', stopTitle: '钱学森' },
  { locale: 'ar', prefix: '/ar', dir: 'rtl', walkTitle: 'طريق يويوان', stopTitle: 'تشيان شيويه سن' },
] as const

for (const journey of journeys) {
  test(`home → walk → stop in ${journey.locale}`, async ({ page }) => {
    await page.goto(`${journey.prefix}/`)
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${journey.locale}`))
    await expect(page.locator('html')).toHaveAttribute('dir', journey.dir)
    await expectNoHorizontalScroll(page)

    await page.getByRole('link', { name: journey.walkTitle, exact: false }).first().click()
    await expect(page).toHaveURL(new RegExp(`${journey.prefix}/walks/yuyuan-road$`))
    await expect(page.getByRole('heading', { level: 1 })).toContainText(journey.walkTitle)
    await expect(page.locator('.stops > li')).toHaveCount(6)
    await expectNoHorizontalScroll(page)

    await page.locator('.stops a', { hasText: journey.stopTitle }).click()
    await expect(page).toHaveURL(new RegExp(`${journey.prefix}/walks/yuyuan-road/qian-xuesen-residence$`))
    await expect(page.getByRole('heading', { level: 1 })).toContainText(journey.stopTitle)
    await expect(page.locator('.chinese > .address')).toHaveText('上海市长宁区愚园路1032弄岐山村111号')
    await expect(page.locator('a[rel="next"]')).toBeVisible()
    await expectNoHorizontalScroll(page)
  })
}

test('the walk page starts the walk in one tap, and after a visit offers to continue where the student stopped', async ({ page }) => {
  await page.goto('/ko/walks/yuyuan-road')
  await waitForHydration(page)
  const ko = messages('ko')
  await page.getByRole('link', { name: ko.walk.startWalk }).click()
  await expect(page).toHaveURL(/\/ko\/walks\/yuyuan-road\/[\w-]+$/)
  await expect(page.getByText(ko.stop.position.replace('{n}', '1').replace('{total}', '6'))).toBeVisible()

  // On to stop 3, listened to for a while, then back to the walk page another day.
  await page.goto('/ko/walks/yuyuan-road/wang-boqun-residence')
  await waitForHydration(page)
  await page.evaluate(() => localStorage.setItem('citywalk:position:ko:wang-boqun-residence', '80'))
  await page.goto('/ko/walks/yuyuan-road')
  await waitForHydration(page)
  const resume = page.getByRole('link', { name: /^3번 지점부터 이어서: / })
  await expect(resume).toBeVisible()
  await expect(page.getByText('해설 1:20까지 들음')).toBeVisible()
  await resume.click()
  await expect(page).toHaveURL(/\/ko\/walks\/yuyuan-road\/wang-boqun-residence$/)

  // The home page offers the same, naming the walk, in a place kept for it from the first paint: the walks
  // below do not move when the app fills it in (no layout shift at all).
  await page.goto('/ko')
  await waitForHydration(page)
  const fromHome = page.getByRole('link', { name: /^위위안로 3번 지점부터 이어서$/ })
  await expect(fromHome).toBeVisible()
  await expect(page.getByText('해설 1:20까지 들음')).toBeVisible()
  expect(await page.evaluate(() => new Promise<number>((resolve) => {
    new PerformanceObserver(list => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0)))
      .observe({ type: 'layout-shift', buffered: true })
    // No entry at all: the observer is never called.
    setTimeout(() => resolve(0), 500)
  }))).toBe(0)
  await fromHome.click()
  await expect(page).toHaveURL(/\/ko\/walks\/yuyuan-road\/wang-boqun-residence$/)
})

test('the home page offers no "continue" before a first visit', async ({ page }) => {
  await page.goto('/')
  await waitForHydration(page)
  await expect(page.getByRole('heading', { name: 'Walks', exact: true })).toBeVisible()
  await expect(page.locator('.resume')).toHaveCount(0)
})
