import { defineConfig, devices } from '@playwright/test'

// The adversarial suite's browser half: pages opened over stored payloads. Each spec starts a built
// server of its own (tests/security/support/appUnderTest.ts), so no webServer here.
export default defineConfig({
  testDir: 'tests/security',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: 'reports/security-pages.json' }]],
  use: {
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'phone-chromium' }],
})
