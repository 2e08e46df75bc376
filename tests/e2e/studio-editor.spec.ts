import { existsSync, readFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { request as requestFactory } from '@playwright/test'
import { INBOX_URL } from '../../playwright.config'
import { makeStudioWorkspace } from '../support/studioWorkspace'
import { toneWav } from '../support/toneWav'
import { photoFacts, photoWithGps } from '../support/photos'
import { test, expect, waitForHydration, expectNoHorizontalScroll } from './support/fixtures'
import { startOwnServer, type OwnServer } from './support/ownServer'
import { messages } from './support/messages'
import { toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'

// A server of its own whose studio publishes into a throwaway git checkout of the content.
const PORT = Number(process.env.E2E_STUDIO_PORT || 3972)
const ORGANISER = { email: 'studio-organiser@example.org', password: 'studio organiser password' }
const VOLUNTEER = { name: 'Вера Волонтёрова', email: 'vera@example.edu', password: 'a volunteer password' }
const SLUG = 'qian-xuesen-residence'
const RU_FILE = `content/stops/ru/${SLUG}.md`
/** Where the phone's GPS says the volunteer stands, at the gate. */
const AT_THE_GATE = { latitude: 31.22331, longitude: 121.42507, accuracy: 12 }

const workspace = makeStudioWorkspace()
/** The shared test SMTP server listens one port below its inbox. */
const SMTP_PORT = Number(new URL(INBOX_URL).port) - 1

interface Received { to: string[], subject: string, text: string }
async function mailTo(address: string): Promise<Received[]> {
  const all = await (await fetch(INBOX_URL)).json() as Received[]
  return all.filter(mail => mail.to.includes(address))
}
let server: OwnServer

test.describe.configure({ mode: 'serial' })
test.use({
  baseURL: `http://127.0.0.1:${PORT}`,
  permissions: ['microphone', 'geolocation'],
  geolocation: AT_THE_GATE,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // Chromium's fake microphone plays a beeping tone: a real MediaRecorder take, no person needed.
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
})

test.beforeAll(async () => {
  server = await startOwnServer({
    port: PORT,
    env: {
      NUXT_STUDIO_ROOT: workspace.root,
      // Stands in for "rebuild and restart": leaves a mark the test can see.
      NUXT_STUDIO_PUBLISH_COMMAND: `node -e "require('fs').appendFileSync('published.log', 'published\\n')"`,
      CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-studio-db-')), 'studio.sqlite'),
      CITYWALK_ADMIN_EMAIL: ORGANISER.email,
      CITYWALK_ADMIN_PASSWORD: ORGANISER.password,
      CITYWALK_LOGIN_RATE_PER_MINUTE: '100000',
      NUXT_SESSION_PASSWORD: 'studio-e2e-session-password-at-least-32-characters',
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    },
  })
})
test.afterAll(async () => {
  await server?.stop()
  workspace.dispose()
})

/** Logged in through the API; `fromPage` is the page the login form was on, whose language e-mails then use. */
async function loggedIn(account: { email: string, password: string }, fromPage = '/studio'): Promise<APIRequestContext> {
  const api = await requestFactory.newContext({ baseURL: server.origin })
  expect((await api.post('/api/auth/login', { data: account, headers: { referer: `${server.origin}${fromPage}` } })).ok()).toBe(true)
  return api
}

async function cellOf(page: Page, slug: string, locale: string) {
  return page.locator(`[data-slug="${slug}"] [data-locale="${locale}"]`)
}

async function statusCells(api: APIRequestContext) {
  const status = await (await api.get('/api/studio/status')).json() as { stops: { slug: string, cells: Record<string, { text: string, narration?: string }> }[] }
  return status.stops.find(row => row.slug === SLUG)!.cells
}

async function phonePage(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.origin, permissions: ['microphone', 'geolocation'], geolocation: AT_THE_GATE, viewport: { width: 360, height: 740 }, locale: 'en-GB' })
  return context.newPage()
}

test('a volunteer translates, moves and records a stop; an organiser reviews the diff and publishes it as the volunteer\'s commit', async ({ page, browser }) => {
  test.setTimeout(180_000)
  // The organiser uses the app in Arabic: the studio writes to them in Arabic.
  const organiser = await loggedIn(ORGANISER, '/ar/studio')
  const before = await statusCells(organiser)
  const invite = await (await organiser.post('/api/organiser/invites', { data: { email: VOLUNTEER.email } })).json() as { url: string }

  // The volunteer joins through the invite and opens the Russian text of Qian Xuesen's former home.
  await page.goto(new URL(invite.url).pathname)
  await waitForHydration(page)
  await page.getByLabel('Your name').fill(VOLUNTEER.name)
  await page.getByLabel('Password').fill(VOLUNTEER.password)
  await page.getByRole('button', { name: 'Create my account' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Studio')
  await page.getByLabel('Stop or walk').selectOption(`stop/${SLUG}`)
  await page.getByLabel('Language to write in').selectOption('ru')
  await page.getByRole('button', { name: 'Open the editor' }).click()
  await expect(page).toHaveURL(new RegExp(`/studio/edit/stop/${SLUG}/ru$`))
  await waitForHydration(page)
  await expect(page.getByText('Published text: Up to date')).toBeVisible()
  // The English source sits beside each field.
  await expect(page.locator('.source[lang="en"]').first()).toHaveText('Qian Xuesen\'s former residence')
  // The Russian glossary is at hand: the words to write one way, and those not to.
  await page.getByText('Glossary for this language').click()
  const yuyuan = page.locator('.glossary tr', { hasText: 'Yuyuan Road' })
  await expect(yuyuan.locator('td').first()).toContainText('Юйюань-лу')
  await expect(yuyuan.locator('td').last()).toContainText('улица Юйюань-лу')

  const title = page.getByLabel('Title', { exact: true })
  await title.fill('Дом Цянь Сюэсэня в Цишаньцуне')
  const body = page.getByLabel('Your text (Markdown)')
  await body.press('Control+End')
  await body.pressSequentially('\n\nВолонтёры проводят здесь экскурсии по выходным.', { delay: 5 })
  await expect(page.getByTestId('markdown-preview')).toContainText('Волонтёры проводят здесь экскурсии по выходным.')
  await expect(page.getByTestId('save-state')).toContainText('Saved at')

  // A crashed browser loses nothing: the draft is on the server.
  await page.reload()
  await waitForHydration(page)
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Дом Цянь Сюэсэня в Цишаньцуне')
  await expect(page.getByLabel('Your text (Markdown)')).toHaveValue(/Волонтёры проводят здесь экскурсии по выходным\.$/)

  // Standing at the gate, the volunteer corrects the position from the phone's GPS.
  await page.getByRole('button', { name: 'Use my current position' }).click()
  await expect(page.getByTestId('position-reading')).toContainText('31.223310, 121.425070, accurate to 12 m')

  // …and records the narration with the (fake) microphone.
  await page.getByRole('button', { name: 'Record', exact: true }).click()
  await expect(page.getByText(/Recording… 0:0[3-9]/)).toBeVisible({ timeout: 10_000 })
  await page.getByRole('button', { name: 'Stop recording' }).click()
  // The fake microphone beeps once a second: the clean-up trims the silence around the beeps, so the take is shorter than the time recorded.
  await expect(page.getByTestId('draft-recording')).toContainText(/Your recording: 0:0[1-9]/, { timeout: 30_000 })
  // A few seconds for a text of some minutes: the volunteer is told, with the reading time.
  await expect(page.getByTestId('recording-short')).toContainText(/This recording lasts 0:0[1-9], but reading the text aloud takes about [2-9]:\d\d/)
  await expectNoHorizontalScroll(page)

  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.head .submission-status')).toHaveText('Waiting for review')
  await expect.poll(async () => (await mailTo(ORGANISER.email)).map(mail => mail.subject)).toContain('بانتظار مراجعتك: Qian Xuesen\'s former residence (الروسية)')
  const notice = (await mailTo(ORGANISER.email)).find(mail => mail.subject.startsWith('بانتظار'))!
  expect(notice.text).toContain('مرحبًا Organiser')
  expect(notice.text).toMatch(new RegExp(`${server.origin}/ar/studio/submissions/[0-9a-f-]{36}`))

  // The organiser sees the diff against the published file, and approves.
  const review = await phonePage(browser)
  await review.context().request.post('/api/auth/login', { data: ORGANISER })
  await review.goto('/studio')
  await waitForHydration(review)
  await review.getByRole('link', { name: /Qian Xuesen's former residence · Russian/ }).click()
  await waitForHydration(review)
  const diff = review.locator(`[data-path="${RU_FILE}"]`)
  await expect(diff.locator('.line--removed')).toContainText(['title: "Бывший дом Цянь Сюэсэня"'])
  // Within the replaced title, the words that changed are marked.
  await expect(diff.locator('.line--added mark.word').first()).toBeVisible()
  await expect(diff.locator('.line--added')).toContainText(['title: "Дом Цянь Сюэсэня в Цишаньцуне"', 'Волонтёры проводят здесь экскурсии по выходным.'])
  await expect(review.locator(`[data-path="content/stops/${SLUG}.yml"] .line--added`)).toContainText('position: { lat: 31.22331, lng: 121.42507, accuracyM: 12 }')
  await expect(review.locator('.recording audio')).toHaveCount(1)
  await expect(review.getByTestId('recording-short')).toContainText(/reading the text aloud takes about [2-9]:\d\d/)
  await review.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(review.getByText('Published', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expectNoHorizontalScroll(review)

  // The files on disk changed, in one commit with the volunteer as author.
  const ru = readFileSync(join(workspace.root, RU_FILE), 'utf8')
  expect(ru).toContain('title: "Дом Цянь Сюэсэня в Цишаньцуне"')
  expect(ru).toContain('Волонтёры проводят здесь экскурсии по выходным.')
  expect(workspace.git('log', '-1', '--format=%an <%ae>')).toBe(`${VOLUNTEER.name} <${VOLUNTEER.email}>`)
  expect(workspace.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
    `content/narration/ru/${SLUG}.yml`, `content/stops/${SLUG}.yml`, RU_FILE, `public/narration/ru/${SLUG}.mp3`, `public/narration/ru/${SLUG}.opus`,
  ])
  await expect.poll(() => existsSync(join(workspace.root, 'published.log'))).toBe(true)
  await expect.poll(async () => (await mailTo(VOLUNTEER.email)).map(mail => mail.subject)).toContain('Published: Qian Xuesen\'s former residence (Russian)')
  await expect(review.getByTestId('publish-state')).toContainText(`Committed as ${workspace.git('rev-parse', '--short=7', 'HEAD')}`)

  // The volunteer sees it published; the status page shows Russian up to date with its recording, the rest as before.
  await page.goto('/studio')
  await waitForHydration(page)
  await expect(page.locator('[data-status="published"]')).toContainText('Published')
  await review.goto('/studio/status')
  await waitForHydration(review)
  const ruCell = await cellOf(review, SLUG, 'ru')
  await expect(ruCell).toHaveAttribute('data-text', 'current')
  await expect(ruCell).toHaveAttribute('data-narration', 'recorded')
  const after = await statusCells(organiser)
  expect(after.ru).toEqual({ text: 'current', narration: 'recorded' })
  for (const locale of ['en', 'zh', 'ko', 'fr', 'ar']) expect(after[locale], locale).toEqual(before[locale])

  // A later change to the English source marks every translation of it "needs update".
  const volunteer = await loggedIn({ email: VOLUNTEER.email, password: VOLUNTEER.password })
  const en = await (await volunteer.get(`/api/studio/editor/stop/${SLUG}/en`)).json() as { published: { fields: Record<string, string>, body: string } }
  const draft = await (await volunteer.put('/api/studio/drafts', { data: { kind: 'stop', slug: SLUG, locale: 'en', fields: en.published.fields, body: `${en.published.body}\nVolunteers guide walks here at weekends.\n`, position: null } })).json() as { id: string, revision: number }
  expect((await volunteer.post(`/api/studio/submissions/${draft.id}/submit`, { data: { revision: draft.revision } })).ok()).toBe(true)
  expect((await organiser.post(`/api/studio/submissions/${draft.id}/approve`, { data: { revision: draft.revision } })).ok()).toBe(true)
  await review.reload()
  await waitForHydration(review)
  for (const locale of ['ru', 'ko', 'fr', 'ar']) await expect(await cellOf(review, SLUG, locale)).toHaveAttribute('data-text', 'stale')
  await expect(await cellOf(review, SLUG, 'en')).toHaveAttribute('data-text', 'original')
  // The English narration is computer-made and no longer reads the approved text: it says it is being updated.
  await expect(await cellOf(review, SLUG, 'en')).toHaveAttribute('data-narration', 'outdated')
  expect(workspace.git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([`content/narration/en/${SLUG}.yml`, `content/stops/en/${SLUG}.md`])
  await expect(await cellOf(review, SLUG, 'zh')).toHaveAttribute('data-text', 'original')
  await page.goto(`/studio/edit/stop/${SLUG}/ru`)
  await expect(page.getByText('Published text: Needs update')).toBeVisible()
  // The translator sees what changed in the English since their translation: the added sentence.
  const sourceChanges = page.locator('details.source-changes')
  await expect(sourceChanges.locator('summary')).toHaveText('What changed in the English text since this translation')
  await expect(sourceChanges.locator('.line--added')).toContainText(['Volunteers guide walks here at weekends.'])
  await expect(sourceChanges.locator('.line--removed')).toHaveCount(0)
  await review.context().close()
})

test('on a phone in Korean, an organiser corrects the exhibition hall\'s hours from a visit, and approval cites the visit as a source', async ({ browser }) => {
  const ko = messages('ko')
  const hall = 'hengchangli-bolshevik-office'
  const today = toShanghaiDateTimeValue(new Date()).slice(0, 10)
  const page = await phonePage(browser)
  await page.context().request.post('/api/auth/login', { data: ORGANISER })
  await page.goto(`/ko/studio/edit/stop/${hall}/ko`)
  await waitForHydration(page)
  const facts = page.getByRole('region', { name: ko.studio.practical.heading })
  await facts.getByRole('button', { name: ko.studio.practical.edit }).click()

  // The published hours are in the form: two periods, Monday to Saturday.
  const first = facts.getByRole('group', { name: ko.studio.practical.period.replace('{n}', '1'), exact: true })
  await expect(first.getByLabel(ko.studio.practical.closes)).toHaveValue('11:00')
  await first.getByLabel(ko.studio.practical.closes).fill('11:30')
  const hoursSource = facts.getByRole('group', { name: ko.stop.practical.hours, exact: true }).getByLabel(ko.studio.practical.source).last()
  await hoursSource.selectOption({ label: ko.studio.practical.siteVisit })
  await facts.getByLabel(ko.studio.practical.visitedOn).fill(today)
  // A date the form cannot take is said so at once, and is not saved.
  const admissionDate = facts.getByRole('group', { name: ko.stop.practical.admission, exact: true }).getByLabel(ko.studio.practical.asOf)
  await admissionDate.fill('2019-13')
  await expect(facts.getByText(ko.studio.practical.asOfInvalid)).toBeVisible()
  await admissionDate.fill('2019')
  await expectNoHorizontalScroll(page)
  await expect(page.getByTestId('save-state')).toContainText(/\d/)

  await page.getByRole('button', { name: ko.studio.editor.submit }).click()
  await expect(page.locator('.head .submission-status')).toHaveText(ko.studio.submissionStatus.submitted)

  const organiser = await loggedIn(ORGANISER)
  const list = await (await organiser.get('/api/studio/submissions')).json() as { toReview: { id: string, slug: string, locale: string, revision: number }[] }
  const submitted = list.toReview.find(s => s.slug === hall && s.locale === 'ko')!
  const review = await (await organiser.get(`/api/studio/submissions/${submitted.id}`)).json() as { changes: { path: string, hunks: { lines: string[] }[] }[] }
  expect(review.changes.map(change => change.path)).toEqual([`content/stops/${hall}.yml`])
  expect((await organiser.post(`/api/studio/submissions/${submitted.id}/approve`, { data: { revision: submitted.revision } })).ok()).toBe(true)

  const written = readFileSync(join(workspace.root, `content/stops/${hall}.yml`), 'utf8')
  expect(written).toContain('      - { days: [ 1, 2, 3, 4, 5, 6 ], opens: "09:00", closes: "11:30" }')
  expect(written).toContain(`  - { title: Checked on site by a Citywalk volunteer, publisher: Citywalk volunteers, date: "${today}" }`)
  expect(written).toMatch(new RegExp(`    asOf: "${today}"\n    source: 9\n`))
  await page.context().close()
})

test('on a phone in Arabic, a volunteer adds their own photo of a stop with its credit; published, it comes in modern formats without the camera\'s metadata', async ({ browser }) => {
  test.setTimeout(120_000)
  const ar = messages('ar')
  const stop = 'rewi-alley-residence'
  const page = await phonePage(browser)
  expect((await page.context().request.post('/api/auth/login', { data: { email: VOLUNTEER.email, password: VOLUNTEER.password } })).ok()).toBe(true)
  await page.goto(`/ar/studio/edit/stop/${stop}/ar`)
  await waitForHydration(page)
  const picker = page.getByTestId('photo-picker')
  await expect(picker.getByRole('heading', { name: ar.studio.photo.heading })).toBeVisible()
  // The credit defaults to the volunteer's name; a photo is only taken with the word that they took it.
  await expect(picker.getByLabel(ar.studio.photo.author)).toHaveValue(VOLUNTEER.name)
  const file = { name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(2400, 1600) }
  await picker.locator('input[type=file]').setInputFiles(file)
  await expect(picker.getByRole('alert')).toHaveText(ar.studio.photo.creditFirst)
  await picker.getByLabel(ar.studio.photo.author).fill('Вера В.')
  await picker.getByRole('combobox', { name: ar.studio.photo.licence }).selectOption('CC-BY-SA-4.0')
  await picker.getByLabel(ar.studio.photo.own).check()
  await picker.locator('input[type=file]').setInputFiles(file)
  // Shown as the stop page will show it: the photo, who took it and its licence.
  const shown = picker.getByTestId('stop-photo')
  await expect(shown.locator('img')).toHaveJSProperty('naturalWidth', 2048, { timeout: 30_000 })
  await expect(shown.locator('figcaption')).toContainText(ar.stop.photo.credit.replace('{author}', 'Вера В.'))
  await expect(shown.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/')
  await expectNoHorizontalScroll(page)
  // What the server kept for review has no trace of where, when or with what it was taken.
  const kept = await page.context().request.get(await shown.locator('img').getAttribute('src') as string)
  expect(kept.headers()['cache-control']).toBe('private, no-store')
  expect(await photoFacts(await kept.body())).toMatchObject({ format: 'jpeg', width: 2048, height: 1365, secretsInBytes: false })

  await page.getByRole('button', { name: ar.studio.editor.submit }).click()
  await expect(page.locator('.head .submission-status')).toHaveText(ar.studio.submissionStatus.submitted)

  // The organiser sees the photo and its credit, and publishes it.
  const review = await phonePage(browser)
  await review.context().request.post('/api/auth/login', { data: ORGANISER })
  const organiser = await loggedIn(ORGANISER)
  const list = await (await organiser.get('/api/studio/submissions')).json() as { toReview: { id: string, slug: string, locale: string }[] }
  const submitted = list.toReview.find(s => s.slug === stop && s.locale === 'ar')!
  await review.goto(`/ar/studio/submissions/${submitted.id}`)
  await waitForHydration(review)
  await expect(review.getByRole('heading', { name: ar.studio.review.photo })).toBeVisible()
  await expect(review.getByTestId('stop-photo').locator('figcaption')).toContainText('Вера В.')
  await review.getByRole('button', { name: ar.studio.review.approve }).click()
  await expect(review.getByText(ar.studio.submissionStatus.published, { exact: true })).toBeVisible({ timeout: 60_000 })

  const facts = readFileSync(join(workspace.root, `content/stops/${stop}.yml`), 'utf8')
  const photo = /^photo: \{ id: ([0-9a-f]{12}), width: 2048, height: 1365, widths: \[ 480, 960, 1440 \], offlineBytes: (\d+), author: Вера В\., licence: CC-BY-SA-4\.0 \}$/m.exec(facts)
  expect(photo, facts).not.toBeNull()
  const published = workspace.git('show', '--name-only', '--format=', 'HEAD').split('\n').filter(path => path.startsWith('public/photos/')).sort()
  expect(published).toEqual([480, 960, 1440].flatMap(width => [`public/photos/${stop}/${photo![1]}-${width}.avif`, `public/photos/${stop}/${photo![1]}-${width}.webp`]).sort())
  for (const path of published) {
    const written = await photoFacts(readFileSync(join(workspace.root, path)))
    expect(written.secretsInBytes).toBe(false)
    expect(written.metadata.filter(kind => kind !== 'icc')).toEqual([])
  }
  expect(readFileSync(join(workspace.root, `public/photos/${stop}/${photo![1]}-960.webp`)).length).toBe(Number(photo![2]))
  expect(workspace.git('log', '-1', '--format=%an')).toBe(VOLUNTEER.name)
  await page.context().close()
  await review.context().close()
})

test('an organiser undoes a published change from the history: the undo is reviewed, then every file is back as it was', async ({ browser }) => {
  test.setTimeout(90_000)
  const page = await phonePage(browser)
  await page.context().request.post('/api/auth/login', { data: ORGANISER })
  await page.goto('/studio')
  await waitForHydration(page)
  await page.getByRole('link', { name: 'Published changes' }).click()
  await expect(page).toHaveURL(/\/studio\/history$/)
  await waitForHydration(page)
  // Newest first: the photo, the exhibition hall's hours, … the Russian translation of Qian Xuesen's home.
  const changes = page.getByTestId('published-change')
  await expect(changes.first()).toContainText('Rewi Alley')
  const published = await changes.count()
  const russian = changes.filter({ hasText: 'Qian Xuesen\'s former residence · Russian' })
  await expect(russian).toContainText(`By ${VOLUNTEER.name}, approved by Organiser`)
  const sha = (await russian.locator('code').textContent())!
  await expectNoHorizontalScroll(page)
  await russian.getByRole('button', { name: 'Propose undoing this change' }).click()

  // The proposal is reviewed like any change: the diff shows the published Russian title going back.
  await expect(page).toHaveURL(/\/studio\/submissions\/[0-9a-f-]{36}$/)
  await waitForHydration(page)
  await expect(page.getByTestId('revert-note')).toBeVisible()
  const diff = page.locator(`[data-path="${RU_FILE}"]`)
  await expect(diff.locator('.line--removed')).toContainText(['title: "Дом Цянь Сюэсэня в Цишаньцуне"', 'Волонтёры проводят здесь экскурсии по выходным.'])
  await expect(diff.locator('.line--added')).toContainText(['title: "Бывший дом Цянь Сюэсэня"'])
  await page.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(page.getByText('Published', { exact: true })).toBeVisible({ timeout: 30_000 })

  // Every file the change touched is as the checkout had it: text, position and narration as published,
  // and the recording's audio gone (this checkout holds no audio of its own).
  for (const path of [RU_FILE, `content/stops/${SLUG}.yml`, `content/narration/ru/${SLUG}.yml`]) {
    expect(readFileSync(join(workspace.root, path)).equals(readFileSync(path)), path).toBe(true)
  }
  expect(existsSync(join(workspace.root, `public/narration/ru/${SLUG}.opus`))).toBe(false)
  expect(workspace.git('log', '-1', '--format=%B')).toContain(`This reverts commit ${sha}`)
  await page.goto('/studio/history')
  await waitForHydration(page)
  await expect(changes).toHaveCount(published + 1)
  await expect(changes.first()).toContainText('Undo: Qian Xuesen\'s former residence · Russian')
  await expect(changes.filter({ hasText: /^Qian Xuesen's former residence · Russian/ })).toContainText('This change has been undone.')
  await page.context().close()
})

test('a volunteer proposes a new stop on a walk, writes its English text, and once approved it is a stop of that walk', async ({ browser }) => {
  test.setTimeout(90_000)
  const slug = 'yuyuan-road-corner-garden'
  const page = await phonePage(browser)
  expect((await page.context().request.post('/api/auth/login', { data: { email: VOLUNTEER.email, password: VOLUNTEER.password } })).ok()).toBe(true)
  await page.goto('/studio')
  await waitForHydration(page)
  await page.getByRole('link', { name: 'Propose a new stop' }).click()
  await waitForHydration(page)
  await page.getByLabel('Short name for its address').fill(slug)
  await page.getByLabel('Name in Chinese').fill('街角花园')
  await page.getByLabel('Address in Chinese').fill('上海市长宁区愚园路')
  // Nothing goes without a position: the volunteer stands there and takes the phone's reading.
  await page.getByRole('button', { name: 'Continue to the English text' }).click()
  await expect(page.getByText('This is needed.').first()).toBeVisible()
  await page.getByRole('button', { name: 'Use my current position' }).click()
  await expect(page.getByTestId('position-reading')).toContainText('31.223310, 121.425070, accurate to 12 m')
  await page.getByLabel('Walk', { exact: true }).selectOption('yuyuan-road')
  await page.getByLabel('Comes after').selectOption('rewi-alley-residence')
  await page.getByLabel('Title', { exact: true }).fill('A test source about the corner garden')
  await page.getByLabel('Date (optional)').fill('2024')
  await expectNoHorizontalScroll(page)
  await page.getByRole('button', { name: 'Continue to the English text' }).click()

  // The editor opens on a text that does not exist yet, its facts as proposed.
  await expect(page).toHaveURL(new RegExp(`/studio/edit/stop/${slug}/en$`))
  await waitForHydration(page)
  await expect(page.getByTestId('new-stop-note')).toBeVisible()
  await page.getByLabel('Title', { exact: true }).fill('The corner garden')
  await page.getByLabel('Summary (one or two sentences)').fill('A small garden at a corner of Yuyuan Road, proposed in a test.')
  await page.getByLabel('Address', { exact: true }).fill('Yuyuan Road, Changning District')
  await page.getByLabel(/^Access notes/).fill('Opening hours are not confirmed: check on site.')
  await page.getByLabel('Your text (Markdown)').fill('A paragraph about the corner garden, written in a test.')
  await expect(page.getByTestId('save-state')).toContainText('Saved at')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.locator('.head .submission-status')).toHaveText('Waiting for review')

  const organiser = await loggedIn(ORGANISER)
  const list = await (await organiser.get('/api/studio/submissions')).json() as { toReview: { id: string, slug: string, revision: number }[] }
  const proposal = list.toReview.find(s => s.slug === slug)!
  const review = await (await organiser.get(`/api/studio/submissions/${proposal.id}`)).json() as { changes: { path: string, added: boolean }[] }
  expect(review.changes.map(change => [change.path, change.added]).sort()).toEqual([
    [`content/stops/${slug}.yml`, true], [`content/stops/en/${slug}.md`, true], ['content/walks/yuyuan-road.yml', false],
  ].sort())
  expect((await organiser.post(`/api/studio/submissions/${proposal.id}/approve`, { data: { revision: proposal.revision } })).ok()).toBe(true)
  const walk = readFileSync(join(workspace.root, 'content/walks/yuyuan-road.yml'), 'utf8')
  expect(walk).toContain(`  - rewi-alley-residence\n  - ${slug}\n`)
  expect(readFileSync(join(workspace.root, `content/stops/${slug}.yml`), 'utf8')).toContain('position: { lat: 31.22331, lng: 121.42507, accuracyM: 12 }')
  await page.context().close()
})

test('on a phone in Korean, an organiser proposes a new walk through stops the app has, writes its text, and publishes it', async ({ browser }) => {
  test.setTimeout(90_000)
  const ko = messages('ko')
  const slug = 'two-homes'
  const page = await phonePage(browser)
  await page.context().request.post('/api/auth/login', { data: ORGANISER })
  await page.goto('/ko/studio/new-walk')
  await waitForHydration(page)
  await page.getByLabel(ko.studio.newStop.slug).fill(slug)
  const addStop = page.getByRole('combobox', { name: ko.studio.newWalk.addStop })
  await addStop.selectOption('qian-xuesen-residence')
  await addStop.selectOption('rewi-alley-residence')
  // Walked the other way round: Rewi Alley's home first.
  await page.getByRole('button', { name: ko.studio.newWalk.earlier.replace('{stop}', 'Rewi Alley\'s former residence') }).click()
  await expect(page.locator('.stops li')).toHaveText([/Rewi Alley/, /Qian Xuesen/])
  for (const end of [ko.studio.newWalk.start, ko.studio.newWalk.end]) {
    const station = page.getByRole('group', { name: end })
    await station.getByLabel(ko.studio.newWalk.stationName).fill('江苏路站')
    await station.getByLabel(ko.studio.newWalk.lines).fill('2, 11')
    await station.getByLabel(ko.studio.newWalk.lat).fill('31.2223')
    await station.getByLabel(ko.studio.newWalk.lng).fill('121.4260')
  }
  await page.getByLabel(ko.walk.beforeYouGo.notes.residentialLanes).check()
  await expectNoHorizontalScroll(page)
  await page.getByRole('button', { name: ko.studio.newStop.propose }).click()

  await expect(page).toHaveURL(new RegExp(`/ko/studio/edit/walk/${slug}/en$`))
  await waitForHydration(page)
  await expect(page.getByTestId('new-stop-note')).toHaveText(ko.studio.editor.newWalk)
  await page.getByLabel(ko.studio.fields.title, { exact: true }).fill('Two homes')
  await page.getByLabel(ko.studio.fields.summary).fill('Rewi Alley\'s and Qian Xuesen\'s homes, in a short walk proposed in a test.')
  await page.getByLabel(ko.studio.fields.startLabel).fill('Jiangsu Road station, Metro Lines 2 and 11')
  await page.getByLabel(ko.studio.fields.endLabel).fill('Jiangsu Road station, Metro Lines 2 and 11')
  await page.getByLabel(ko.studio.editor.bodyLabel).fill('A paragraph about a short walk, written in a test.')
  await expect(page.getByTestId('save-state')).toContainText(/\d/)
  await page.getByRole('button', { name: ko.studio.editor.submit }).click()
  await expect(page.locator('.head .submission-status')).toHaveText(ko.studio.submissionStatus.submitted)

  const organiser = await loggedIn(ORGANISER)
  const list = await (await organiser.get('/api/studio/submissions')).json() as { toReview: { id: string, slug: string, revision: number }[] }
  const proposal = list.toReview.find(s => s.slug === slug)!
  expect((await organiser.post(`/api/studio/submissions/${proposal.id}/approve`, { data: { revision: proposal.revision } })).ok()).toBe(true)
  const facts = readFileSync(join(workspace.root, `content/walks/${slug}.yml`), 'utf8')
  expect(facts).toContain('stops:\n  - rewi-alley-residence\n  - qian-xuesen-residence\n')
  expect(facts).toContain('practical: { notes: [ residentialLanes ] }')
  await page.context().close()
})

test.describe('script in a volunteer\'s submission', () => {
  // The payload's image points nowhere; the browser's failed fetch of it is expected.
  test.use({ expectedConsole: [/Failed to load resource/] })

  test('is shown as text, never run, and refused on submit without touching a published file', async ({ page, browser }) => {
    const organiser = await loggedIn(ORGANISER)
    const email = `xss-${Date.now()}@example.edu`
    const invite = await (await organiser.post('/api/organiser/invites', { data: { email } })).json() as { url: string }
    expect((await page.request.post(`/api/invites/${invite.url.split('/').pop()}`, { data: { name: 'Mallory <b>', password: 'a volunteer password' } })).ok()).toBe(true)
    const head = workspace.git('rev-parse', 'HEAD')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })

    await page.goto('/studio/edit/stop/yu-lane-garden/fr')
    await waitForHydration(page)
    await page.getByLabel('Title', { exact: true }).fill('<img src=x onerror=alert("title")>')
    await page.getByLabel('Your text (Markdown)').fill([
      'Texte <script>alert("script")</script>',
      '<img src="x" onerror="alert(\'img\')">',
      '[Cliquez ici](javascript:alert("link"))',
      '[Page](data:text/html,<script>alert("data")</script>)',
    ].join('\n\n'))
    const preview = page.getByTestId('markdown-preview')
    await expect(preview).toContainText('Cliquez ici')
    await expect(preview.locator('script, [onerror], a[href^="javascript"], a[href^="data"], iframe')).toHaveCount(0)

    await page.getByRole('button', { name: 'Submit for review' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Please fix the problems marked above' })).toBeVisible()
    await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('HTML or script is not allowed here; write plain text.')
    const issues = page.locator('.issues li')
    await expect(issues).toContainText([
      'Title: HTML or script is not allowed here; write plain text.',
      'Text: Line 1: HTML is not allowed in the text; write Markdown instead.',
      'Text: Line 3: HTML is not allowed in the text; write Markdown instead.',
      'Text: Line 5: This kind of link is not allowed: javascript:alert("link").',
      'Text: Line 7: This kind of link is not allowed: data:text/html,',
    ])

    // An organiser opening the draft sees the payload as text in the diff, and nothing runs there either.
    const drafts = await (await page.request.get('/api/studio/submissions')).json() as { mine: { id: string, status: string }[] }
    expect(drafts.mine.map(d => d.status)).toEqual(['draft'])
    const review = await phonePage(browser)
    review.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await review.context().request.post('/api/auth/login', { data: ORGANISER })
    await review.goto(`/studio/submissions/${drafts.mine[0]!.id}`)
    await waitForHydration(review)
    await expect(review.locator('.line--added').filter({ hasText: '<img src="x" onerror="alert(\'img\')">' })).toHaveCount(1)
    await expect(review.getByText('by Mallory <b>')).toBeVisible()
    await expect(review.locator('main img, main script')).toHaveCount(0)
    await review.context().close()

    expect(dialogs).toEqual([])
    expect(workspace.git('rev-parse', 'HEAD')).toBe(head)
    expect(workspace.git('status', '--porcelain', '--', 'content', 'public')).toBe('')
  })
})

test('uploads are limited in type and size, and only the author may attach to or submit a draft', async ({ request }) => {
  const organiser = await loggedIn(ORGANISER)
  const email = `limits-${Date.now()}@example.edu`
  const invite = await (await organiser.post('/api/organiser/invites', { data: { email } })).json() as { url: string }
  expect((await request.post(`/api/invites/${invite.url.split('/').pop()}`, { data: { name: 'Lim', password: 'a volunteer password' } })).ok()).toBe(true)
  const target = { kind: 'stop', slug: 'rewi-alley-residence', locale: 'ko' }
  const editor = await (await request.get(`/api/studio/editor/stop/${target.slug}/ko`)).json() as { published: { fields: Record<string, string>, body: string } }
  const draft = await (await request.put('/api/studio/drafts', { data: { ...target, fields: editor.published.fields, body: editor.published.body, position: null } })).json() as { id: string, revision: number }
  const upload = (data: Buffer, type = 'audio/wav', api = request) => api.post(`/api/studio/submissions/${draft.id}/audio`, { data, headers: { 'content-type': type } })

  // A long Korean text (40,000 characters, 120 KB) is saved whole; one character more is refused on the body, not as a broken connection.
  const long = await request.put('/api/studio/drafts', { data: { ...target, fields: editor.published.fields, body: '가'.repeat(40_000), position: null } })
  expect(long.status(), await long.text()).toBe(200)
  expect((await long.json() as { body: string }).body).toHaveLength(40_000)
  expect(await (await request.put('/api/studio/drafts', { data: { ...target, fields: editor.published.fields, body: '가'.repeat(40_001), position: null } })).json())
    .toMatchObject({ statusCode: 422, data: { key: 'invalidInput', fields: ['body'] } })
  await request.put('/api/studio/drafts', { data: { ...target, fields: editor.published.fields, body: editor.published.body, position: null } })

  const mp3 = readFileSync(`public/narration/ko/${target.slug}.mp3`)
  expect((await upload(mp3, 'audio/mpeg')).status()).toBe(415)
  expect(await (await upload(mp3)).json()).toMatchObject({ statusCode: 422, data: { key: 'audioInvalid' } })
  expect(await (await upload(Buffer.alloc(33 * 1024 * 1024))).json()).toMatchObject({ statusCode: 413, data: { key: 'audioTooLarge' } })
  expect((await upload(toneWav(0.4))).status()).toBe(422)
  expect((await upload(toneWav(1.5), 'audio/wav', organiser)).status()).toBe(403)
  const accepted = await upload(toneWav(1.5))
  expect(accepted.status()).toBe(200)
  expect((await accepted.json()).audio).toMatchObject({ type: 'audio/wav', durationS: 1.5 })

  // A walk has no narration; a draft must name a stop or walk that exists, with fields of bounded size.
  const walkDraft = await (await request.put('/api/studio/drafts', { data: { kind: 'walk', slug: 'yuyuan-road', locale: 'ko', fields: {}, body: '', position: null } })).json() as { id: string }
  expect((await request.post(`/api/studio/submissions/${walkDraft.id}/audio`, { data: toneWav(1.5), headers: { 'content-type': 'audio/wav' } })).status()).toBe(422)
  expect((await request.put('/api/studio/drafts', { data: { ...target, slug: 'no-such-stop', fields: {}, body: '', position: null } })).status()).toBe(404)
  expect((await request.put('/api/studio/drafts', { data: { ...target, fields: { title: 'x'.repeat(2001) }, body: '', position: null } })).status()).toBe(422)

  // The organiser reviews, but does not submit someone else's draft; nobody else sees it at all.
  expect((await organiser.post(`/api/studio/submissions/${draft.id}/submit`, { data: { revision: draft.revision } })).status()).toBe(403)
  // Submitted and sent back: the volunteer hears why, and where to edit it.
  const withAudio = await (await request.get('/api/studio/submissions')).json() as { mine: { id: string, revision: number, kind: string }[] }
  const current = withAudio.mine.find(mine => mine.id === draft.id)!
  expect((await request.post(`/api/studio/submissions/${draft.id}/submit`, { data: { revision: current.revision } })).ok()).toBe(true)
  expect((await organiser.post(`/api/studio/submissions/${draft.id}/return`, { data: { comment: '' } })).status()).toBe(422)
  expect((await organiser.post(`/api/studio/submissions/${draft.id}/return`, { data: { comment: 'Please read it more slowly.' } })).ok()).toBe(true)
  await expect.poll(async () => (await mailTo(email)).map(mail => mail.subject)).toContain('Sent back: Rewi Alley\'s former residence (Korean)')
  const sentBack = (await mailTo(email)).find(mail => mail.subject.startsWith('Sent back'))!
  expect(sentBack.text).toContain('Please read it more slowly.')
  expect(sentBack.text).toContain(`${server.origin}/studio/edit/stop/${target.slug}/ko`)

  const stranger = await requestFactory.newContext({ baseURL: server.origin })
  expect((await stranger.get(`/api/studio/submissions/${draft.id}`)).status()).toBe(401)
  expect((await stranger.post(`/api/studio/submissions/${draft.id}/audio`, { data: toneWav(1.5), headers: { 'content-type': 'audio/wav' } })).status()).toBe(401)
})
