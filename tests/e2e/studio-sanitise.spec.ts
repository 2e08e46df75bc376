import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { makeStudioWorkspace } from '../support/studioWorkspace'
import { test, expect, waitForHydration } from './support/fixtures'
import { startOwnServer, type OwnServer } from './support/ownServer'

// A server of its own whose studio works on a throwaway git checkout of the content.
const PORT = Number(process.env.E2E_SANITISE_PORT || 3975)
const ORGANISER = { email: 'sanitise-organiser@example.org', password: 'sanitise organiser password' }
/** Each payload sets this flag if it runs. */
const RUN = 'window.__xss=1'
const BODY = [
  'Texte du bénévole.',
  `<svg><a><animate attributeName="href" values="javascript:${RUN}"/><text y="20">svg-lien</text></a></svg>`,
  `[lien caché](<java\tscript:${RUN}>)`,
  // Harmless to run, but a reviewer's browser must not fetch it: the fixtures fail on any outside request.
  '![pixel](https://tracker.example/pixel.png)',
  `[texte](java\tscript:${RUN})`,
].join('\n\n')

const workspace = makeStudioWorkspace()
let server: OwnServer

// The refused submission is a 422, which the browser logs.
test.use({ baseURL: `http://127.0.0.1:${PORT}`, expectedConsole: [/status of 422 \(submissionInvalid\)/] })
test.beforeAll(async () => {
  server = await startOwnServer({
    port: PORT,
    env: {
      NUXT_STUDIO_ROOT: workspace.root,
      CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-sanitise-db-')), 'studio.sqlite'),
      CITYWALK_ADMIN_EMAIL: ORGANISER.email,
      CITYWALK_ADMIN_PASSWORD: ORGANISER.password,
      CITYWALK_LOGIN_RATE_PER_MINUTE: '100000',
      NUXT_SESSION_PASSWORD: 'sanitise-e2e-session-password-at-least-32-characters',
    },
  })
})
test.afterAll(async () => {
  await server?.stop()
  workspace.dispose()
})

/** Any dialog the page opens, dismissed and remembered. */
function dialogsOf(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

const ran = (page: Page) => page.evaluate(() => (window as { __xss?: unknown }).__xss)

async function organiserPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.origin, viewport: { width: 360, height: 740 }, locale: 'en-GB' })
  expect((await context.request.post('/api/auth/login', { data: ORGANISER })).ok()).toBe(true)
  return context.newPage()
}

test('SVG animation and a tab-split javascript: link run neither in the studio preview nor on the review page, and are refused on submit', async ({ page, browser }) => {
  const review = await organiserPage(browser)
  const invite = await (await review.request.post('/api/organiser/invites', { data: { email: `sanitise-${Date.now()}@example.edu` } })).json() as { url: string }
  expect((await page.request.post(`/api/invites/${invite.url.split('/').pop()}`, { data: { name: 'Mallory', password: 'a volunteer password' } })).ok()).toBe(true)
  const dialogs = dialogsOf(page)

  await page.goto('/studio/edit/stop/yu-lane-garden/fr')
  await waitForHydration(page)
  await page.getByLabel('Your text (Markdown)').fill(BODY)
  const preview = page.getByTestId('markdown-preview')
  await expect(preview).toContainText('Texte du bénévole.')
  await expect(preview.getByText('lien caché')).toBeVisible()
  await expect(preview.getByRole('img', { name: 'pixel' })).toHaveCount(1)
  await expect(preview.locator('svg, animate, set, a[href], img[src]:not([src=""])')).toHaveCount(0)
  await expect(preview).not.toContainText('svg-lien')
  await expect(preview.getByText(/\[texte\]\(java\s+script:/)).toBeVisible()
  await preview.getByText('lien caché').click()
  await preview.getByText('Texte du bénévole.').click()
  await expect(page.getByTestId('save-state')).toContainText('Saved at')
  expect(await ran(page)).toBeUndefined()

  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Please fix the problems marked above' })).toBeVisible()
  await expect(page.locator('.issues li')).toContainText([
    'Text: Line 3: HTML is not allowed in the text; write Markdown instead.',
    /^Text: Line 5: This kind of link is not allowed: java\s+script:window\.__xss=1\./,
    'Text: Line 7: Images must come from this site: https://tracker.example/pixel.png.',
    /^Text: Line 9: This kind of link is not allowed: java\s+script:window\.__xss=1\)\./,
  ])
  await expect(page.getByLabel('Your text (Markdown)')).toHaveAccessibleDescription(/This kind of link is not allowed: java\s+script:/)

  // The organiser opening the draft sees the payload as text in the diff; nothing there runs either.
  const reviewDialogs = dialogsOf(review)
  const drafts = await (await page.request.get('/api/studio/submissions')).json() as { mine: { id: string }[] }
  await review.goto(`/studio/submissions/${drafts.mine[0]!.id}`)
  await waitForHydration(review)
  const payloadLine = review.locator('.line--added').filter({ hasText: 'animate attributeName="href"' })
  await expect(payloadLine).toHaveCount(1)
  await payloadLine.click()
  await review.locator('.line--added').filter({ hasText: 'lien caché' }).click()
  await expect(review.locator('main svg animate, main svg set, main a[href*="script:"]')).toHaveCount(0)
  expect(await ran(review)).toBeUndefined()
  await review.context().close()

  expect([...dialogs, ...reviewDialogs]).toEqual([])
  expect(await ran(page)).toBeUndefined()
})
