import { test, expect } from './support/fixtures'
import { messages } from './support/messages'

const ko = messages('ko')
const ar = messages('ar')

test('after the text, a Korean student finds the stop\'s questions to think about, in Korean', async ({ page }) => {
  await page.goto('/ko/walks/yuyuan-road/rewi-alley-residence')
  const questions = page.getByRole('region', { name: ko.stop.questionsHeading })
  await expect(questions.getByRole('listitem')).toHaveCount(2)
  await expect(questions.getByRole('listitem').first()).toContainText('루이 앨리는 뉴질랜드 사람이었지만')
  await expect(questions.getByRole('list')).toHaveAttribute('lang', 'ko')
  // They come after the stop's own text, not before it.
  const textBottom = await page.locator('.prose.body').evaluate(element => element.getBoundingClientRect().bottom)
  expect(await questions.evaluate(element => element.getBoundingClientRect().top)).toBeGreaterThan(textBottom)
})

test('in Arabic the questions read right to left; a stop without questions shows no empty box', async ({ page }) => {
  await page.goto('/ar/walks/suzhou-creek/zhongshan-park-frontage')
  const questions = page.getByRole('region', { name: ar.stop.questionsHeading })
  await expect(questions.getByRole('list')).toHaveAttribute('dir', 'rtl')
  await expect(questions.getByRole('listitem').nth(1)).toHaveText('هل في مدينتك مكان فُتح بهذه الطريقة، أو مكان تتمنى أن يُفتح؟')
  await page.goto('/ar/walks/yuyuan-road/wang-boqun-residence')
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.getByRole('heading', { name: ar.stop.questionsHeading })).toHaveCount(0)
})
