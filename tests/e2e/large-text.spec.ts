import { expect, expectNoHorizontalScroll, test } from './support/fixtures'
import { insertPublishedEvent } from './support/events'

// A phone set to its largest text: the root font size doubled, as the system text-size setting does.
const DOUBLE_TEXT = 'html { font-size: 200% !important }'

for (const locale of ['ko', 'ar'] as const) {
  test(`at 200 % text every student page fits a 360 px phone in ${locale}, language button included`, async ({ page }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    for (const path of ['', '/walks/yuyuan-road', '/walks/yuyuan-road/qian-xuesen-residence', `/events/${eventId}`]) {
      await page.goto(`/${locale}${path}`)
      await page.addStyleTag({ content: DOUBLE_TEXT })
      await expectNoHorizontalScroll(page)
      const language = page.locator('.switcher summary')
      await expect(language, path).toBeInViewport({ ratio: 1 })
      await expect(page.getByRole('heading', { level: 1 }), path).toBeInViewport()
    }
  })
}
