import { test, expect, waitForHydration } from './support/fixtures'

test.describe('short links', () => {
  test.use({ locale: 'zh-CN' })

  test('open the stop in the visitor\'s language', async ({ page }) => {
    await page.goto('/s/rewi-alley-residence')
    await expect(page).toHaveURL(/\/zh\/walks\/yuyuan-road\/rewi-alley-residence$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('路易·艾黎故居')
  })

  test('open the stop in the language the code names', async ({ page }) => {
    await page.goto('/s/zhongshan-park-frontage/fr')
    await expect(page).toHaveURL(/\/fr\/walks\/suzhou-creek\/zhongshan-park-frontage$/)
    await expect(page.locator('html')).toHaveAttribute('lang', /^fr/)
  })

  test('lead to the list of walks when the stop is unknown', async ({ page }) => {
    await page.goto('/s/no-such-stop')
    await expect(page).toHaveURL(/\/zh\/?$/)
  })
})

test('a walk\'s QR sheet has a code for every stop, in the chosen language', async ({ page }) => {
  await page.goto('/walks/yuyuan-road/qr')
  await waitForHydration(page)
  const codes = page.locator('.code')
  await expect(codes).toHaveCount(6)
  await expect(codes.first().locator('svg')).toBeVisible()
  await expect(codes.first().locator('.link')).toHaveText(/\/s\/yuyuan-department-store$/)
  await page.getByLabel('The codes open the stop in:').selectOption('fr')
  await expect(codes.first().locator('.link')).toHaveText(/\/s\/yuyuan-department-store\/fr$/)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(codes.nth(5)).toBeVisible()
})
