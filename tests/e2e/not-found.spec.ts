import { test, expect } from './support/fixtures'

test.describe('not found', () => {
  // The browser logs the 404 document itself as a failed resource.
  test.use({ expectedConsole: [/status of 404/] })

  test('an unknown stop shows a helpful page with status 404', async ({ page }) => {
    const response = await page.goto('/walks/yuyuan-road/no-such-stop')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn\'t find that page')
    await page.getByRole('link', { name: 'See all walks' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Walk Shanghai')
  })

  test('an unknown walk answers in the visitor\'s language', async ({ page }) => {
    const response = await page.goto('/ar/walks/no-such-walk')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const heading = await page.getByRole('heading', { level: 1 }).textContent()
    expect(heading).toMatch(/\p{Script=Arabic}/u)
  })

  test('a stop that exists on another walk is not found on this one', async ({ page }) => {
    const response = await page.goto('/walks/suzhou-creek/qian-xuesen-residence')
    expect(response?.status()).toBe(404)
  })
})
