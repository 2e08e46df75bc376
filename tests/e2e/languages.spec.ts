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
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  // Parts hydrated late, or never, follow the switch too: nothing stays in English.
  await expect(page.getByRole('heading', { name: '中文名称和地址' })).toBeVisible()
  await expect(page.getByRole('button', { name: '全屏显示' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '资料来源' })).toBeVisible()
  await expect(page.locator('.app-footer')).toContainText('为在上海的国际学生准备的语音漫步导览')
  await page.goto('/')
  await expect(page).toHaveURL(/\/zh\/?$/)
})

test('every language shows the stop in its own words, marked with its language', async ({ page }) => {
  for (const [prefix, lang, title] of [['/ko', 'ko', '루이 앨리'], ['/ru', 'ru', 'Реви Алли'], ['/fr', 'fr', 'Rewi Alley'], ['/ar', 'ar', 'ريوي آلي']] as const) {
    await page.goto(`${prefix}/walks/yuyuan-road/rewi-alley-residence`)
    const header = page.locator('article header')
    await expect(header).toHaveAttribute('lang', lang)
    await expect(header.getByRole('heading', { level: 1 })).toContainText(title)
    await expect(page.locator('.note[role="note"]')).toHaveCount(0)
  }
})

test('search engines find every language of a page in the server\'s HTML', async ({ request }) => {
  const html = await (await request.get('/ar/walks/yuyuan-road')).text()
  expect(html).toMatch(/<html[^>]* lang="ar" dir="rtl"/)
  for (const hreflang of ['x-default', 'en', 'zh-CN', 'ko-KR', 'ru-RU', 'fr-FR', 'ar']) {
    expect(html, hreflang).toMatch(new RegExp(`<link[^>]*rel="alternate"[^>]*hreflang="${hreflang}"`))
  }
  expect(html).toMatch(/<link[^>]*rel="canonical"[^>]*href="[^"]*\/ar\/walks\/yuyuan-road"/)
})
