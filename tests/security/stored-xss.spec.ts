import { randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { LOCALES, type LocaleCode } from '../../i18n/registry'
import { startAppUnderTest, OTHER_ORGANISER, OWNER, type AppUnderTest } from './support/appUnderTest'
import { createEvent, logIn, send, signUp, type Actor } from './support/actors'
import { moveWalkIntoPast } from '../support/pastWalk'
import { shanghaiDate } from '../../shared/utils/repeatDates'
import en from '../../i18n/locales/en.json' with { type: 'json' }
import ar from '../../i18n/locales/ar.json' with { type: 'json' }
import { MARKDOWN_PAYLOADS, PAYLOADS, chunked, flagged, liveMarkup, watch, type Watched } from './support/xssPayloads'

/*
 * Stored and reflected cross-site scripting, in a real Chromium over a real built server: payloads are
 * stored in every field that someone other than their author sees, then every page showing them is
 * opened by the person who would see it. Nothing may run, open a dialog or become live markup.
 */

test.describe.configure({ mode: 'serial' })
test.use({ actionTimeout: 10_000, navigationTimeout: 15_000 })

const CODES = LOCALES.map(l => l.code)
const TEXTS = PAYLOADS.map(p => p.text)
const STUDIO_SLUG = 'yu-lane-garden'
const STUDIO_LOCALE = 'fr'
/** The invite form allows any one-line name: markup included, tabs and line feeds not. */
const VOLUNTEER_NAME = `"><script>window.__xss=1</script><img src=x onerror=alert('volunteer')>`

let app: AppUnderTest
let owner: Actor
const eventIds: string[] = []
let students: { token: string, code: string, language: LocaleCode }[] = []
let submissionId = ''
/** Every page opened over stored payloads, and every reflected URL. */
const storedPages: string[] = []
const reflectedPages: string[] = []

const prefix = (locale: LocaleCode) => (locale === 'en' ? '' : `/${locale}`)

function database() {
  return new Sqlite(app.databaseFile)
}

/** Where the payloads go in each locale's texts; the locale is named so a page showing another locale's text is told apart. */
const description = (locale: LocaleCode) => `[${locale}] ${TEXTS.join('\n')}`

test.beforeAll(async () => {
  test.setTimeout(120_000)
  app = await startAppUnderTest()
  owner = { name: 'owner', cookie: await logIn(app, OWNER) }

  // Events: every locale's description holds every payload; meeting notes (500 characters at most) hold
  // them in chunks, rotated over as many events as there are chunks so each locale's note carries each one.
  const notes = chunked(TEXTS, 480, '\n')
  for (let e = 0; e < notes.length; e++) {
    eventIds.push(await createEvent(app, owner, {
      capacity: 100,
      guideLanguages: ['en', 'zh', 'ar'],
      descriptions: Object.fromEntries(CODES.map(code => [code, description(code)])),
      meetingNote: Object.fromEntries(CODES.map((code, i) => [code, `[${code}] ${notes[(i + e) % notes.length]}`])),
    }))
  }
  for (const id of eventIds) {
    const stored = await (await send(app, `/api/organiser/events/${id}`, { actor: owner })).text()
    expect(stored, 'the organiser API gives the texts back as stored').toContain(JSON.stringify(TEXTS[0]).slice(1, -1))
  }

  // The sign-up form refuses markup in a student's name; the suite stores it straight in the database,
  // as if some future form had let it through, since the organiser's pages must not rely on that check.
  const refused = await send(app, `/api/events/${eventIds[0]}/signups`, {
    method: 'POST',
    json: { name: TEXTS[0], email: `${randomUUID()}@example.edu`, contact: '', university: 'Tongji University', language: 'en', consent: true, idempotencyKey: randomUUID() },
  })
  expect(refused.status).toBe(422)
  const signedUp = await Promise.all(PAYLOADS.map((_, i) => signUp(app, eventIds[0]!, { name: `Student ${i}`, university: 'Tongji University' })))
  const db = database()
  try {
    signedUp.forEach(({ token }, i) => {
      db.prepare('UPDATE signups SET name = ?, university = ?, contact = ? WHERE token = ?')
        .run(TEXTS[i], TEXTS[(i + 1) % TEXTS.length], TEXTS[(i + 2) % TEXTS.length], token)
    })
    students = signedUp.map(({ token }, i) => ({
      token,
      code: (db.prepare('SELECT checkin_code AS code FROM signups WHERE token = ?').get(token) as { code: string }).code,
      language: CODES[i % CODES.length]!,
    }))
  }
  finally {
    db.close()
  }
})

test.afterAll(async () => {
  const pages = storedPages.length
  console.log(`XSS: ${PAYLOADS.length + MARKDOWN_PAYLOADS.length} payloads × ${pages} pages = ${(PAYLOADS.length + MARKDOWN_PAYLOADS.length) * pages} checks (stored); ${reflectedPages.length} reflected URLs`)
  await app?.stop()
})

async function contextFor(browser: Browser, account?: { email: string, password: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: app.origin })
  if (account) expect((await context.request.post('/api/auth/login', { data: account, headers: { origin: app.origin } })).ok()).toBe(true)
  return context
}

/** Someone looking at pages: a browser tab, and the same person's view of the server's HTML with scripts off. */
interface Viewer {
  context: BrowserContext
  page: Page
  watched: Watched
  /** Scripts off: what Chromium's HTML parser makes of the server's answer, before any hydration. */
  raw: Page
  close: () => Promise<void>
}

async function viewerOf(browser: Browser, context: BrowserContext): Promise<Viewer> {
  const page = await context.newPage()
  const rawContext = await browser.newContext({ baseURL: app.origin, javaScriptEnabled: false, storageState: await context.storageState() })
  const raw = await rawContext.newPage()
  const close = async () => {
    await rawContext.close()
    await context.close()
  }
  return { context, page, watched: watch(page), raw, close }
}

const viewerFor = async (browser: Browser, account?: { email: string, password: string }) => viewerOf(browser, await contextFor(browser, account))

/** The server's HTML for `path`, parsed by Chromium with scripts off: no payload may have become an element or attribute. */
async function expectInertHtml(viewer: Viewer, path: string, sanitised?: string) {
  await viewer.raw.goto(path)
  expect(await liveMarkup(viewer.raw, sanitised), `${path}: live markup in the server's HTML`).toEqual([])
}

/** Error handlers of broken images, toggles, focus and the like fire a moment after the load. */
async function settled(page: Page) {
  await page.waitForLoadState('load')
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))))
}

/** Opens `path` and checks that nothing stored there ran, alerted, threw or became live markup. */
async function expectInert(viewer: Viewer, path: string, afterLoad?: () => Promise<void>, sanitised?: string) {
  storedPages.push(path)
  const { page, watched } = viewer
  const [response] = await Promise.all([page.goto(path), expectInertHtml(viewer, path, sanitised)])
  expect(response?.status(), path).toBe(200)
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' })
  await afterLoad?.()
  await settled(page)
  expect(await liveMarkup(page, sanitised), `${path}: live markup`).toEqual([])
  expect(await flagged(page), `${path}: window.__xss`).toEqual([])
  expect(watched.dialogs, `${path}: dialogs`).toEqual([])
  expect(watched.pageErrors, `${path}: page errors`).toEqual([])
}

test('the checks see each payload where it is live: it runs, alerts, or is left as live markup', async ({ page }) => {
  const watched = watch(page)
  const live = PAYLOADS.filter(p => p.live !== null)
  for (const payload of live) {
    watched.dialogs.length = 0
    await page.setContent(`<!doctype html><html><body><main>${(payload.live ?? (t => t))(payload.text)}</main></body></html>`)
    await settled(page)
    const seen = [...await liveMarkup(page), ...(await flagged(page)).map(String), ...watched.dialogs]
    expect(seen, payload.id).not.toEqual([])
  }
  // The rest are live only where a template compiler or string interpolation runs over text; no page does.
  expect(PAYLOADS.length - live.length).toBeLessThanOrEqual(3)
})

test('event texts in every locale run on no public page, in no locale', async ({ browser }) => {
  const viewer = await viewerFor(browser)
  const { page } = viewer
  for (const code of CODES) {
    for (const id of eventIds) {
      await expectInert(viewer, `${prefix(code)}/events/${id}`)
      // The locale's own text is there, as text.
      await expect(page.getByText(`[${code}] ${TEXTS[0]}`).first()).toBeAttached()
    }
    // The cards on the home page and the walk's page: a left-to-right and a right-to-left locale, and one more script.
    if (['en', 'zh', 'ar'].includes(code)) {
      await expectInert(viewer, `${prefix(code)}/`)
      await expectInert(viewer, `${prefix(code)}/walks/suzhou-creek`)
    }
  }
  // The description also goes into <meta name="description">, as an attribute.
  await page.goto(`/events/${eventIds[0]}`)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description('en'))
  await viewer.close()
})

test('a student\'s personal page shows their stored name and the event texts without running them', async ({ browser }) => {
  const viewer = await viewerFor(browser)
  const { page } = viewer
  // One student's page per locale, each showing another stored name.
  for (const [i, student] of students.slice(0, CODES.length).entries()) {
    await expectInert(viewer, `${prefix(student.language)}/signup/${student.token}`)
    await expect(page.getByText(TEXTS[i]!, { exact: true }).first()).toBeAttached()
  }
  await viewer.close()
})

test('student fields run on none of the organiser\'s pages: dashboard, attendee list, check-in, edit form, outbox', async ({ browser }) => {
  const viewer = await viewerFor(browser, OWNER)
  const { page, watched } = viewer
  await expectInert(viewer, '/organiser')
  for (const code of ['zh', 'ar'] as const) {
    await expectInert(viewer, `${prefix(code)}/organiser/events/${eventIds[0]}`)
    await expect(page.locator('.person')).toHaveCount(students.length)
  }
  // Every stored name is on the list, as its text.
  await expectInert(viewer, `/organiser/events/${eventIds[0]}`)
  expect((await page.locator('.person strong').allTextContents()).sort()).toEqual([...TEXTS].sort())

  // Check-in at the door: each ticket code typed, the student's stored name shown as the result.
  const typed = page.getByLabel('Or type the ticket code')
  for (const [i, student] of students.entries()) {
    await typed.fill(student.code)
    await page.locator('form.typed').getByRole('button', { name: 'Check in', exact: true }).click()
    await expect(page.locator('.result .who')).toHaveText(TEXTS[i]!.trim())
  }
  storedPages.push(`/organiser/events/${eventIds[0]} (check-in × ${students.length})`)
  await settled(page)
  expect(await liveMarkup(page)).toEqual([])
  expect(await flagged(page)).toEqual([])
  expect(watched.dialogs).toEqual([])
  await expectInert(viewer, `/organiser/events/${eventIds[0]}`)
  await expect(page.locator('.person.arrived')).toHaveCount(students.length)

  // The edit form puts every locale's texts into inputs and text areas.
  for (const id of eventIds) {
    for (const code of ['en', 'ar'] as const) {
      await expectInert(viewer, `${prefix(code)}/organiser/events/${id}/edit`)
    }
  }
  const texts = await page.locator('textarea, input').evaluateAll(fields => fields.map(field => (field as HTMLInputElement).value))
  expect(texts).toContain(description('en'))
  await viewer.close()
})

test('a guide\'s own words and the followers\' names run neither on a student\'s live page, nor in the follow bar, nor on the guide\'s page', async ({ browser }) => {
  const eventId = eventIds[0]!
  const lead = (json: unknown) => send(app, `/api/organiser/events/${eventId}/live`, { method: 'POST', actor: owner, json })
  expect((await lead({ action: 'start' })).status).toBe(200)
  expect((await lead({ action: 'goTo', stopIndex: 0 })).status).toBe(200)
  // Every payload that fits one line of 200 characters is sent as the guide's words; the rest are refused.
  let sent = 0
  for (const text of TEXTS) {
    const response = await lead({ action: 'message', text, lang: 'ar' })
    if (response.ok) sent++
    else expect(response.status, text).toBe(422)
  }
  expect(sent).toBeGreaterThan(TEXTS.length / 2)

  // Two students follow (their stored names are payloads as well), in English and in Arabic.
  const followers = (['en', 'ar'] as const).map(language => students.find(student => student.language === language)!)
  const viewers: Viewer[] = []
  for (const student of followers) {
    const viewer = await viewerFor(browser)
    await expectInert(viewer, `${prefix(student.language)}/live/${student.token}`, async () => {
      await expect(viewer.page.locator('.messages li')).toHaveCount(sent)
    })
    viewers.push(viewer)
  }
  // One more message while they follow: it arrives as a banner in the follow bar.
  const banner = TEXTS.find(text => text.length <= 200 && !/[\n\t]/.test(text))!
  expect((await lead({ action: 'message', text: banner, lang: 'en' })).status).toBe(200)
  for (const { page, watched } of viewers) {
    await expect(page.locator('.follow-bar .banner')).toContainText(banner.trim())
    await settled(page)
    expect(await liveMarkup(page), 'banner: live markup').toEqual([])
    expect(await flagged(page), 'banner: window.__xss').toEqual([])
    expect(watched.dialogs, 'banner: dialogs').toEqual([])
  }

  // The guide's page lists the followers by their stored names, and every message sent.
  const guide = await viewerFor(browser, OWNER)
  for (const code of ['en', 'ar'] as const) {
    await expectInert(guide, `${prefix(code)}/organiser/events/${eventId}/live`, async () => {
      await expect(guide.page.locator('.followers li')).toHaveCount(2)
      await expect(guide.page.locator('.sent li')).toHaveCount(sent + 1)
    })
  }
  await guide.close()
  for (const viewer of viewers) await viewer.close()
})

test('a volunteer\'s name, stop text and front matter run neither in their editor\'s preview nor on the organiser\'s review pages', async ({ browser }) => {
  const reviewer = await contextFor(browser, OWNER)
  const invite = await (await reviewer.request.post('/api/organiser/invites', { data: { email: `${randomUUID()}@example.edu` }, headers: { origin: app.origin } })).json() as { url: string }
  const volunteer = await contextFor(browser)
  const accepted = await volunteer.request.post(`/api/invites/${invite.url.split('/').pop()}`, { data: { name: VOLUNTEER_NAME, password: 'a volunteer password' }, headers: { origin: app.origin } })
  expect(accepted.status()).toBe(201)

  const short = TEXTS.filter(text => !/[\t\n]/.test(text))
  // Markdown vectors first: an unclosed raw <style> or <math> further down swallows what follows it.
  const body = ['Texte du bénévole.', ...MARKDOWN_PAYLOADS.map(p => p.text), ...TEXTS].join('\n\n')
  const saved = await volunteer.request.put('/api/studio/drafts', {
    headers: { origin: app.origin },
    data: {
      kind: 'stop',
      slug: STUDIO_SLUG,
      locale: STUDIO_LOCALE,
      fields: { title: `Titre ${short[0]}`, summary: TEXTS.join('\n').slice(0, 2000), address: short.slice(1, 4).join(' '), accessNotes: short.slice(4).join('\n').slice(0, 2000), questions: short.slice(4, 7).join('\n') },
      body,
      position: null,
    },
  })
  expect(saved.ok(), await saved.text()).toBe(true)
  const draft = await saved.json() as { id: string, revision: number }
  submissionId = draft.id
  // Submitting refuses the markup…
  const submitted = await volunteer.request.post(`/api/studio/submissions/${draft.id}/submit`, { data: { revision: draft.revision }, headers: { origin: app.origin } })
  expect(submitted.status()).toBe(422)
  // …but the review pages must not depend on that: mark it submitted as if the check had been passed.
  const db = database()
  try {
    expect(db.prepare('UPDATE submissions SET status = \'submitted\', submitted_at = ? WHERE id = ?').run(Date.now(), submissionId).changes).toBe(1)
  }
  finally {
    db.close()
  }

  const viewer = await viewerOf(browser, reviewer)
  const { page } = viewer
  for (const code of ['en', 'ar'] as const) {
    await expectInert(viewer, `${prefix(code)}/studio/submissions/${submissionId}`)
    // The SVG vector as text on three added lines: the address and summary in the front matter, and the body.
    await expect(page.locator('.line--added').filter({ hasText: 'animate attributeName=href' })).toHaveCount(3)
    await expect(page.locator('.line--added').filter({ hasText: `Titre ${TEXTS[0]}` })).toHaveCount(1)
    await expect(page.getByText(VOLUNTEER_NAME, { exact: false })).toBeAttached()
  }
  await expectInert(viewer, '/studio')
  await expectInert(viewer, '/studio/volunteers')
  await expectInert(viewer, '/studio/status')

  const author = await viewerOf(browser, volunteer)
  const own = author.page
  for (const path of [`/studio/edit/stop/${STUDIO_SLUG}/${STUDIO_LOCALE}`, `/ar/studio/edit/stop/${STUDIO_SLUG}/${STUDIO_LOCALE}`]) {
    await expectInert(author, path, async () => {
      const preview = own.getByTestId('markdown-preview')
      await expect(preview).toContainText('Texte du bénévole.')
      await expect(preview).toContainText('md-link')
      await expect(preview).toContainText('md-tab')
      await expect(preview).toContainText('js-link')
    }, '[data-testid="markdown-preview"]')
  }
  await expectInert(author, '/studio')
  await expectInert(author, '/organiser')

  // Published, the work and its author's name are listed in the studio's history.
  const published = database()
  try {
    expect(published.prepare('UPDATE submissions SET status = \'published\', commit_sha = ?, reviewed_at = ? WHERE id = ?').run('0'.repeat(40), Date.now(), submissionId).changes).toBe(1)
  }
  finally {
    published.close()
  }
  for (const code of ['en', 'ar'] as const) {
    await expectInert(viewer, `${prefix(code)}/studio/history`)
    await expect(page.getByTestId('published-change').filter({ hasText: VOLUNTEER_NAME })).toHaveCount(1)
  }
  await viewer.close()
  await author.close()
})

/**
 * Reflected payloads, told apart from the stored ones by `__xss=2`. Each holds both quotes and an angle
 * bracket: found whole in the HTML, it was escaped for neither an attribute nor text.
 */
const REFLECTED = [`"'><script>window.__xss=2</script>`, `"'><img src=x onerror=alert('reflected')>`, `javascript:alert('reflected')`, `{{constructor.constructor('window.__xss=2')()}}`]

test('reflections, stored with payloads past the form\'s checks, run on no page: the walk\'s, the stop\'s, the organisers\' and the student\'s own', async ({ browser }) => {
  // The API refuses markup in a reflection; the suite stores it straight in the database, as if some
  // future form had let it through, with a published and a waiting one per payload, in turn over the locales.
  const eventId = eventIds[0]!
  moveWalkIntoPast(app.databaseFile, eventId)
  const db = database()
  try {
    const signupIds = students.map(({ token }) => (db.prepare('SELECT id FROM signups WHERE token = ?').get(token) as { id: string }).id)
    const insert = db.prepare(`INSERT INTO reflections (id, event_id, signup_id, text, language, stop_slug, first_name, status, photo, photo_width, photo_height, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, 'zhongshan-park-frontage', ?, ?, NULL, NULL, NULL, ?, ?)`)
    TEXTS.forEach((text, i) => {
      insert.run(randomUUID(), eventId, i < signupIds.length ? signupIds[i] : null, text, CODES[i % CODES.length], TEXTS[(i + 1) % TEXTS.length], i % 2 ? 'pending' : 'approved', Date.now(), Date.now())
    })
  }
  finally {
    db.close()
  }
  const published = TEXTS.filter((_, i) => i % 2 === 0).length

  const reader = await viewerFor(browser)
  for (const code of ['en', 'ar'] as const) {
    await expectInert(reader, `${prefix(code)}/events/${eventId}`, async () => {
      await reader.page.locator('.reflections-slot').scrollIntoViewIfNeeded()
      await expect(reader.page.locator('.reflections li')).toHaveCount(published)
    })
    await expectInert(reader, `${prefix(code)}/walks/suzhou-creek/zhongshan-park-frontage`, async () => {
      await reader.page.locator('.reflections-slot').scrollIntoViewIfNeeded()
      await expect(reader.page.locator('.reflections li')).toHaveCount(published)
    })
  }
  await reader.close()

  const organiser = await viewerFor(browser, OWNER)
  await expectInert(organiser, `/organiser/events/${eventId}/reflections`, async () => {
    await expect(organiser.page.locator('.moderate li')).toHaveCount(TEXTS.length)
  })
  await organiser.close()

  // The student's own page puts their stored reflection into the form's text area.
  const student = students[0]!
  const own = await viewerFor(browser)
  await expectInert(own, `${prefix(student.language)}/signup/${student.token}`, async () => {
    await expect(own.page.locator('section.reflection textarea')).toHaveValue(TEXTS[0]!)
  })
  await own.close()
})

test('a team member\'s stored name runs on no page of the walk\'s co-organisers, in English or Arabic', async ({ browser }) => {
  // Accounts are named by whoever makes them; the name of the one named guide here is a payload.
  const db = database()
  try {
    db.prepare('UPDATE users SET name = ? WHERE email = ?').run(VOLUNTEER_NAME, OTHER_ORGANISER.email)
  }
  finally {
    db.close()
  }
  const named = await send(app, `/api/organiser/events/${eventIds[0]}/team`, { method: 'POST', actor: owner, json: { email: OTHER_ORGANISER.email, role: 'guide' } })
  expect(named.status).toBe(200)
  const viewer = await viewerFor(browser, OWNER)
  for (const code of ['en', 'ar'] as const) {
    await expectInert(viewer, `${prefix(code)}/organiser/events/${eventIds[0]}`, async () => {
      await expect(viewer.page.locator('.team li')).toHaveCount(2)
      await expect(viewer.page.locator('.team li bdi').nth(1)).toHaveText(VOLUNTEER_NAME)
    })
  }
  await viewer.close()
})

test('students\' stored names run nowhere in the moves by hand: the buttons, the question past a full walk, the message once done', async ({ browser }) => {
  const eventId = await createEvent(app, owner, { capacity: 1 })
  const names = TEXTS.filter(text => !/[\n\t]/.test(text)).slice(0, 2)
  const people = [await signUp(app, eventId), await signUp(app, eventId)]
  const db = database()
  try {
    people.forEach(({ token }, i) => db.prepare('UPDATE signups SET name = ? WHERE token = ?').run(names[i], token))
  }
  finally {
    db.close()
  }
  const viewer = await viewerFor(browser, OWNER)
  const { page } = viewer
  // A card is found by its student's name, which stays put while the buttons on it change with the move.
  const exactly = (text: string) => new RegExp(`^\\s*${text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
  const personNamed = (name: string) => page.locator('.person').filter({ has: page.locator('strong', { hasText: exactly(name) }) })
  // In English the one waiting is given a place past the full walk; in Arabic the first goes to the waiting list.
  await expectInert(viewer, `/organiser/events/${eventId}`, async () => {
    const waiting = personNamed(names[1]!)
    await waiting.locator('summary').click()
    await waiting.getByRole('button', { name: en.organiser.givePlace }).click()
    await expect(waiting.getByRole('alert')).toHaveText(en.errors.moveOverCapacity)
    await waiting.getByRole('button', { name: en.organiser.givePlaceAnyway.replace('{name}', names[1]!.trim()) }).click()
    await expect(waiting.getByRole('status')).toHaveText(en.organiser.moved.replace('{name}', names[1]!.trim()))
  })
  await expectInert(viewer, `/ar/organiser/events/${eventId}`, async () => {
    const placed = personNamed(names[0]!)
    await placed.locator('summary').click()
    await placed.getByRole('button', { name: ar.organiser.moveToWaiting }).click()
    await expect(placed.getByRole('status')).toContainText(names[0]!.trim())
    await expect(placed).toContainText(ar.organiser.waiting)
  })
  await viewer.close()
})

test('a walk repeated with stored texts carries them as text: the copy\'s public page and edit form run nothing', async ({ browser }) => {
  const repeated = await send(app, `/api/organiser/events/${eventIds[0]}/repeat`, { method: 'POST', actor: owner, json: { dates: [shanghaiDate(new Date(Date.now() + 300 * 86_400_000))], status: 'published' } })
  expect(repeated.status).toBe(201)
  const [copy] = (await repeated.json() as { ids: string[] }).ids
  const viewer = await viewerFor(browser)
  for (const code of ['en', 'ar'] as const) {
    await expectInert(viewer, `${prefix(code)}/events/${copy}`)
    await expect(viewer.page.getByText(`[${code}] ${TEXTS[0]}`).first()).toBeAttached()
  }
  await viewer.close()
  const organiser = await viewerFor(browser, OWNER)
  await expectInert(organiser, `/ar/organiser/events/${copy}/edit`)
  await expectInert(organiser, `/organiser/events/${eventIds[0]}`, async () => {
    await organiser.page.getByRole('region', { name: 'Repeat this walk' }).scrollIntoViewIfNeeded()
    await expect(organiser.page.getByTestId('repeat-preview').getByRole('listitem')).toHaveCount(4)
  })
  await organiser.close()
})

test('an organiser\'s message to the group runs neither in the walk\'s log of messages nor in the form, in English or Arabic', async ({ browser }) => {
  const notes = chunked(TEXTS, 1900, '\n')
  for (const note of notes) {
    const sent = await send(app, `/api/organiser/events/${eventIds[0]}/messages`, { method: 'POST', actor: owner, json: { audience: 'everyone', template: 'weather', note } })
    expect(sent.status, await sent.text()).toBe(201)
  }
  const viewer = await viewerFor(browser, OWNER)
  for (const code of ['en', 'ar'] as const) {
    await expectInert(viewer, `${prefix(code)}/organiser/events/${eventIds[0]}`, async () => {
      const log = viewer.page.locator('section.group-message details')
      await log.locator('summary').click()
      await expect(log.locator('.note-text')).toHaveCount(notes.length)
      await expect(log.locator('.note-text').filter({ hasText: TEXTS[0]! }).first()).toBeAttached()
    })
  }
  await viewer.close()
})

test('payloads in the path, query and hash are never reflected raw and never run', async ({ browser }) => {
  const viewer = await viewerFor(browser, OWNER)
  const { page, watched } = viewer
  const e = encodeURIComponent
  const [script, img, js, vue] = REFLECTED as [string, string, string, string]
  const urls = [
    `/events/${e(script)}`,
    `/events/${e(img)}`,
    `/zh/events/${e(script)}`,
    `/ar/events/${e(img)}`,
    `/?q=${e(script)}`,
    `/?q=${e(img)}&lang=${e(script)}`,
    `/ko/?redirect=${e(js)}`,
    `/walks/x${e(script)}`,
    `/walks/x%22%27%3E%3Cscript%3Ewindow.__xss=2%3C/script%3E`,
    `/ru/walks/suzhou-creek/${e(img)}`,
    `/fr/walks/${e(vue)}/qr`,
    `/ko/walks/${e(script)}/sheet`,
    `/signup/${e(script)}`,
    `/signup/${'A'.repeat(32)}?name=${e(img)}`,
    `/organiser/events/${e(script)}`,
    `/organiser/events/${eventIds[0]}/edit?x=${e(script)}`,
    `/studio/submissions/${e(img)}`,
    `/studio/edit/stop/${e(script)}/fr`,
    `/studio/edit/${e(img)}/yu-lane-garden/fr`,
    `/${e(script)}`,
    `/${e(vue)}`,
    `/events/${eventIds[0]}#${e(script)}`,
    `/walks/suzhou-creek#${img}`,
    `/zh/?q=${e(vue)}#${e(img)}`,
    `/organiser?next=${e(js)}`,
  ]
  for (const url of urls) {
    reflectedPages.push(url)
    // The server's own answer (a service worker may answer the page's navigation from its cache).
    const [answer] = await Promise.all([viewer.context.request.get(url), expectInertHtml(viewer, url), page.goto(url)])
    const html = await answer.text()
    for (const raw of REFLECTED.slice(0, 2)) expect(html.includes(raw), `${url}: ${raw} unescaped in the HTML`).toBe(false)
    expect(/(href|src|action|formaction|data)="?javascript:/i.exec(html)?.[0], `${url}: a script URL in the HTML`).toBeUndefined()
    await settled(page)
    expect(await liveMarkup(page), `${url}: live markup`).toEqual([])
    expect(await flagged(page), `${url}: window.__xss`).toEqual([])
    expect(watched.dialogs, `${url}: dialogs`).toEqual([])
  }
  await viewer.close()
})
