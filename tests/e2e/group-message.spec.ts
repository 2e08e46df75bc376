import { test, expect, waitForHydration, expectNoHorizontalScroll } from './support/fixtures'
import { mailTo } from './support/inbox'
import { messages } from './support/messages'
import { createOwnEvent, logInAsOwnOrganiser, signUpStudent } from './support/organiserEvents'

const fr = messages('fr')
const en = messages('en')
const ko = messages('ko')

test('an organiser in French writes to everyone with a place: each student reads the ready-made part in their own language, the note as written; nobody waiting is written to', async ({ page }) => {
  await logInAsOwnOrganiser(page.request, 'Organisatrice')
  const eventId = await createOwnEvent(page.request, { capacity: 2 })
  const ana = await signUpStudent(page.request, eventId, 'Ana')
  const min = await signUpStudent(page.request, eventId, '김민지', 'ko')
  const omar = await signUpStudent(page.request, eventId, 'Omar')
  expect([ana.status, min.status, omar.status]).toEqual(['confirmed', 'confirmed', 'waiting'])
  const before = { ana: (await mailTo(page.request, ana.email)).length, omar: (await mailTo(page.request, omar.email)).length }

  await page.goto(`/fr/organiser/events/${eventId}`)
  await waitForHydration(page)
  const section = page.getByRole('region', { name: fr.message.heading })
  await expect(section.getByLabel(fr.message.to)).toHaveValue('confirmed')
  await section.getByLabel(fr.message.template).selectOption('weather')
  const note = 'Rendez-vous à la sortie 3 ; je porterai un drapeau vert.'
  await section.getByLabel(fr.message.note).fill(note)
  // Nothing goes before the count is shown and confirmed.
  await section.getByRole('button', { name: fr.message.review.replace('{count}', '2') }).click()
  await expect(section.getByRole('status').first()).toHaveText(fr.message.confirm.replace('{count}', '2'))
  await expectNoHorizontalScroll(page)
  await section.getByRole('button', { name: fr.message.send }).click()
  await expect(section.getByTestId('message-sent')).toHaveText(fr.message.sent.replace('{count}', '2'))

  await expect.poll(async () => (await mailTo(page.request, min.email)).map(m => m.subject), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(new RegExp(`^${ko.email.groupMessage.subject.replace('{title}', '.+').replace(/[()]/g, '\\$&')}$`)))
  const toMin = (await mailTo(page.request, min.email)).find(m => m.text.includes(ko.email.groupMessage.templates.weather))!
  expect(toMin.text).toContain(note)
  expect(toMin.text).toContain(ko.email.groupMessage.noteFrom.replace('{name}', 'Organisatrice'))
  expect(toMin.text).toMatch(new RegExp(`/ko/signup/${min.token}`))
  await expect.poll(async () => (await mailTo(page.request, ana.email)).length, { timeout: 15_000 }).toBe(before.ana + 1)
  const toAna = (await mailTo(page.request, ana.email)).at(-1)!
  expect(toAna.text).toContain(en.email.groupMessage.templates.weather)
  expect(toAna.text).toContain(note)
  // Omar waits for a place: the message was for those with one.
  expect((await mailTo(page.request, omar.email)).length).toBe(before.omar)

  // The log says what went, by whom, to whom.
  const log = section.locator('details')
  await log.locator('summary').click()
  await expect(log.getByRole('listitem')).toHaveCount(1)
  await expect(log.getByRole('listitem')).toContainText(fr.message.templates.weather)
  await expect(log.getByRole('listitem')).toContainText(note)
  await expect(log.getByRole('listitem')).toContainText(fr.message.audience.confirmed)
})
