import { defineConfig, devices } from '@playwright/test'

const APP_PORT = Number(process.env.E2E_APP_PORT || 3900)
const TILE_PORT = Number(process.env.E2E_TILE_PORT || 3901)

export const TILE_ORIGIN = `http://127.0.0.1:${TILE_PORT}`

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 740 },
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'phone-chromium' }],
  webServer: [
    {
      command: 'node tests/e2e/support/tileServer.mjs',
      url: `${TILE_ORIGIN}/count`,
      env: { TILE_PORT: String(TILE_PORT) },
      reuseExistingServer: false,
    },
    {
      command: 'node .output/server/index.mjs',
      url: `http://127.0.0.1:${APP_PORT}/api/walks`,
      env: {
        PORT: String(APP_PORT),
        HOST: '127.0.0.1',
        NUXT_PUBLIC_MAP_TILE_URL: `${TILE_ORIGIN}/tiles/{z}/{x}/{y}.png`,
        NUXT_PUBLIC_MAP_ATTRIBUTION: 'Test tiles',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
