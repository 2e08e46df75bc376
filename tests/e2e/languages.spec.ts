import { test, expect, waitForHydration } from './support/fixtures'

test.describe('first visit follows the browser language', () => {
  for (const [browserLocale, prefix] of [['zh-CN', '/zh'], ['ar-EG', '/ar'], ['ko-KR', '/ko'], ['de-DE', '']] as const) {
    test.describe(browserLocale, () => {
      test.use({ locale: browserLocale })
      test(`opens ${prefix || '/'}`, async ({ page }) => {
        await page.goto('/')
        await expect(page).toHaveURL(new RegExp(`${prefix}/?$`))
      })
    })
  }
})

test('the switcher keeps the page and remembers the choice', async ({ page }) => {
  await page.goto('/walks/yuyuan-road/rewi-alley-residence')
  await waitForHydration(page)
  await page.locator('.switcher summary').click()
  await page.getByRole('link', { name: '简体中文' }).click()
  await expect(page).toHaveURL(/\/zh\/walks\/yuyuan-road\/rewi-alley-residence$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('路易·艾黎故居')
  await page.goto('/')
  await expect(page).toHaveURL(/\/zh\/?$/)
})

test('a stop not yet translated shows the English text with a note', async ({ page }) => {
  await page.goto('/ko/walks/yuyuan-road/rewi-alley-residence')
  await expect(page.locator('html')).toHaveAttribute('lang', /^ko/)
  const article = page.locator('article header')
  await expect(article).toHaveAttribute('lang', 'en')
  await expect(article.getByRole('heading', { level: 1 })).toContainText('Rewi Alley')
  await expect(page.locator('.note[role="note"]')).toBeVisible()
})
