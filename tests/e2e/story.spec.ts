import { test, expect } from './support/fixtures'
import { messages } from './support/messages'

for (const code of ['ko', 'ar'] as const) {
  test(`${code}: a walk page leads to how the walk began, which leads back to both walks and to the guided walks`, async ({ page }) => {
    const texts = messages(code)
    await page.goto(`/${code}/walks/suzhou-creek`)
    await page.getByRole('link', { name: texts.walk.storyLink }).click()
    await expect(page).toHaveURL(new RegExp(`/${code}/story$`))
    await expect(page.locator('h1')).toHaveText(texts.walk.storyLink)
    await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr')
    // Written in the reader's language, not shown in English with a notice.
    await expect(page.locator('.prose')).toHaveAttribute('lang', code)
    await expect(page.locator('.prose h2')).toHaveCount(4)
    await expect(page.getByRole('heading', { name: texts.story.guidedHeading })).toBeVisible()
    const walks = page.getByRole('region', { name: texts.story.walksHeading }).getByRole('link')
    await expect(walks).toHaveCount(2)
    await walks.first().click()
    await expect(page).toHaveURL(new RegExp(`/${code}/walks/(yuyuan-road|suzhou-creek)$`))
  })
}
