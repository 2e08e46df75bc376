import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { messages } from './support/messages'

// Chromium never judges an app installable in an incognito context, which is what Playwright gives each test.
test('Chromium judges the app installable, with its manifest in the page language', async ({ baseURL }, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'citywalk-profile-'))
  const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, viewport: { width: 360, height: 740 } })
  try {
    const page = await context.newPage()
    await page.goto(`${baseURL}/ar/`)
    await page.evaluate(() => navigator.serviceWorker.ready)
    const cdp = await context.newCDPSession(page)
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 15_000 }).toEqual([])

    const { url, data } = await cdp.send('Page.getAppManifest')
    expect(url).toMatch(/\/manifest\/ar\.webmanifest$/)
    const manifest = JSON.parse(data!)
    const ar = messages('ar')
    expect(manifest).toMatchObject({ name: ar.app.name, lang: 'ar', dir: 'rtl', start_url: '/ar/', display: 'standalone' })
    expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toContain('maskable')
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1)
    await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', ar.app.shortName)
  }
  finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})
