import { test as base, expect, type Page } from '@playwright/test'

const HYDRATION = /hydrat/i

interface Guards {
  problems: string[]
}

/**
 * Every browser test runs with these guards: it fails on a console error, a hydration warning,
 * an uncaught page error, or any request to a host other than this machine. A test that provokes
 * an expected console error (a tile server that is down) lists it in `expectedConsole`.
 */
export const test = base.extend<{ guards: Guards, expectedConsole: RegExp[] }>({
  expectedConsole: [[], { option: true }],
  guards: [async ({ page, baseURL, expectedConsole }, use) => {
    const problems: string[] = []
    const allowedHosts = new Set(['127.0.0.1', 'localhost', new URL(baseURL!).hostname])
    page.on('console', (message) => {
      const text = message.text()
      if (expectedConsole.some(pattern => pattern.test(text))) return
      if (message.type() === 'error' || HYDRATION.test(text)) problems.push(`console ${message.type()}: ${text}`)
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

/** Resolves once Nuxt has finished hydrating the page (plugins/hydrated.client.ts), so input is not reset. */
export async function waitForHydration(page: Page) {
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' })
}

/** The service worker is installed and controls the page, so what follows can work offline. */
export async function serviceWorkerInControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready)
  // The first page load is not controlled until the new service worker claims it.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

/** Loads that fail by design while a test has switched the connection off. */
export const OFFLINE_LOAD_FAILURE = /Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/
