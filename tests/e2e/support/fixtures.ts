import { test as base, expect, type Page } from '@playwright/test'

const HYDRATION = /hydrat/i

/**
 * Every browser test runs with these guards: it fails on a console error or warning about
 * hydration, an uncaught page error, or any request to a host other than this machine.
 */
export const test = base.extend<{ guards: { problems: string[] } }>({
  guards: [async ({ page, baseURL }, use) => {
    const problems: string[] = []
    const allowedHosts = new Set(['127.0.0.1', 'localhost', new URL(baseURL!).hostname])
    page.on('console', (message) => {
      if (message.type() === 'error' || HYDRATION.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', error => problems.push(`page error: ${error.message}`))
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return
      if (!allowedHosts.has(url.hostname)) problems.push(`outside request: ${request.url()}`)
    })
    await use({ problems })
    expect(problems, 'console errors, hydration warnings or outside requests').toEqual([])
  }, { auto: true }],
})

export { expect }

/** The page has no horizontal scrolling at the current viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
}

/** Waits until the client has hydrated, so clicks reach Vue's handlers. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => (window as unknown as { useNuxtApp?: unknown }).useNuxtApp !== undefined || document.querySelector('#__nuxt')?.hasAttribute('data-v-app'))
}
