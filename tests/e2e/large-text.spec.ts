import { expect, expectNoHorizontalScroll, test } from './support/fixtures'
import { insertPublishedEvent } from './support/events'
import { signUpStudent } from './support/organiserEvents'
import { moveWalkIntoPast } from '../support/pastWalk'

// A phone set to its largest text: the root font size doubled, as the system text-size setting does.
const DOUBLE_TEXT = 'html { font-size: 200% !important }'

for (const locale of ['ko', 'ar'] as const) {
  test(`at 200 % text every student page fits a 360 px phone in ${locale}, language button included`, async ({ page }) => {
    const eventId = insertPublishedEvent({ capacity: 5 })
    // A student with a place on a walk that has taken place: their page holds the reflection form, and the live page.
    const { token } = await signUpStudent(page.request, eventId, 'Min-jun Kim')
    moveWalkIntoPast(process.env.E2E_DATABASE_FILE!, eventId)
    for (const path of ['', '/walks/yuyuan-road', '/walks/yuyuan-road/qian-xuesen-residence', '/walks/yuyuan-road/sheet', '/story', `/events/${eventId}`, `/signup/${token}`, `/live/${token}`]) {
      await page.goto(`/${locale}${path}`)
      if (path.startsWith('/signup/')) await page.locator('section.reflection textarea').waitFor()
      if (path.startsWith('/live/')) await page.locator('#where-heading').waitFor()
      await page.addStyleTag({ content: DOUBLE_TEXT })
      await expectNoHorizontalScroll(page)
      const language = page.locator('.switcher summary')
      await expect(language, path).toBeInViewport({ ratio: 1 })
      await expect(page.getByRole('heading', { level: 1 }), path).toBeInViewport()
    }
  })
}
