import type { Page } from '@playwright/test'
import { waitForHydration } from './fixtures'

/** Opens `path`, which shows the login form to a visitor without a session, and logs in through that form. */
export async function logInThroughForm(page: Page, path: string, account: { email: string, password: string }) {
  await page.goto(path)
  await waitForHydration(page)
  await page.getByLabel('E-mail').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Log in' }).click()
}
