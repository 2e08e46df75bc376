import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'

const APP_PORT = Number(process.env.E2E_APP_PORT || 3900)
const TILE_PORT = Number(process.env.E2E_TILE_PORT || 3901)

export const TILE_ORIGIN = `http://127.0.0.1:${TILE_PORT}`
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT || 3925)
export const INBOX_URL = `http://127.0.0.1:${SMTP_PORT + 1}/messages`
export const ORGANISER = { email: 'organiser@example.org', password: 'correct horse battery staple' }
// A fresh SQLite file for every run of the suite.
process.env.E2E_DATABASE_FILE ??= join(mkdtempSync(join(tmpdir(), 'citywalk-e2e-')), 'e2e.sqlite')
const DATABASE_FILE = process.env.E2E_DATABASE_FILE
// The phone's voice (Web Speech) is espeak-ng through a Speech Dispatcher of the suite's own, which
// Chromium starts with its socket and configuration (tests/support/speechd.conf) in a temp folder.
const SPEECH_DIR = mkdtempSync(join(tmpdir(), 'citywalk-speech-'))
mkdirSync(join(SPEECH_DIR, 'speech-dispatcher'))
copyFileSync(join(import.meta.dirname, 'tests/support/speechd.conf'), join(SPEECH_DIR, 'speech-dispatcher/speechd.conf'))

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
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-speech-dispatcher'],
      env: { ...process.env, XDG_CONFIG_HOME: SPEECH_DIR, XDG_RUNTIME_DIR: SPEECH_DIR },
    },
  },
  projects: [{ name: 'phone-chromium' }],
  webServer: [
    {
      command: 'node tests/e2e/support/smtpServer.mjs',
      url: INBOX_URL,
      env: { SMTP_PORT: String(SMTP_PORT), SMTP_HTTP_PORT: String(SMTP_PORT + 1) },
      reuseExistingServer: false,
    },
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
        NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${APP_PORT}`,
        NUXT_PUBLIC_MAP_TILE_URL: `${TILE_ORIGIN}/tiles/{z}/{x}/{y}.png`,
        NUXT_PUBLIC_MAP_ATTRIBUTION: 'Test tiles',
        // The local tile server may be stored ahead of viewing, so walk downloads include the route's tiles.
        NUXT_PUBLIC_MAP_ALLOW_PREFETCH: 'true',
        CITYWALK_DATABASE_FILE: DATABASE_FILE,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        // Many tests sign up from one address; the limit itself has a unit test.
        CITYWALK_SIGNUP_RATE_PER_MINUTE: '100000',
        CITYWALK_LOGIN_RATE_PER_MINUTE: '100000',
        CITYWALK_ADMIN_EMAIL: ORGANISER.email,
        CITYWALK_ADMIN_PASSWORD: ORGANISER.password,
        NUXT_SESSION_PASSWORD: 'e2e-session-password-at-least-32-characters-long',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
