import { test, expect, waitForHydration } from './support/fixtures'
import { mailTo } from './support/inbox'
import { messages } from './support/messages'
import { addOrganiserAccount, createOwnEvent, logInAsOwnOrganiser } from './support/organiserEvents'

/*
 * An organiser, working in Korean, names a colleague as the guide of a walk, then as a co-organiser: the
 * colleague is e-mailed each time, in the language the organiser named them from, with the page to open.
 */
const ko = messages('ko')

test('a person named to a walk\'s team is told by e-mail, once for each change of what they do', async ({ page }) => {
  const organiser = await logInAsOwnOrganiser(page.request, '왕 조직자')
  const eventId = await createOwnEvent(page.request)
  const colleague = addOrganiserAccount('Li Wei')

  await page.goto(`/ko/organiser/events/${eventId}`)
  await waitForHydration(page)
  const team = page.locator('section[aria-labelledby="team-heading"]')
  const name = async (role: 'guide' | 'organiser') => {
    await team.getByLabel(ko.team.email).fill(colleague.email)
    await team.getByLabel(ko.team.role).selectOption(role)
    const add = team.getByRole('button', { name: ko.team.add })
    await add.click()
    await expect(add).toBeEnabled()
    await expect(team.locator('.problem')).toHaveText('')
  }

  await name('guide')
  await expect(team.getByText('Li Wei')).toBeVisible()
  await expect.poll(async () => (await mailTo(page.request, colleague.email)).length, { timeout: 15_000 }).toBe(1)
  const [asGuide] = await mailTo(page.request, colleague.email)
  const title = /"(.+)"/.exec(asGuide!.subject)?.[1] ?? ''
  expect(asGuide!.subject).toBe(ko.email.team.guideSubject.replace('{title}', title))
  expect(title.length).toBeGreaterThan(0)
  expect(asGuide!.text).toContain(ko.email.team.guideBody.replace('{name}', 'Li Wei').replace('{by}', organiser.name).replace('{title}', title))
  // The page a guide opens on the day, in Korean.
  expect(asGuide!.text).toMatch(new RegExp(`https?://[^\\s]+/ko/organiser/events/${eventId}/live(\\s|$)`))

  // Named again as what they already are: nothing new to tell.
  await name('guide')
  // Made a co-organiser: told again.
  await name('organiser')
  await expect.poll(async () => (await mailTo(page.request, colleague.email)).length, { timeout: 15_000 }).toBe(2)
  const asOrganiser = (await mailTo(page.request, colleague.email))[1]!
  expect(asOrganiser.subject).toBe(ko.email.team.organiserSubject.replace('{title}', title))
  expect(asOrganiser.text).toMatch(new RegExp(`/ko/organiser/events/${eventId}(\\s|$)`))
  expect((await mailTo(page.request, colleague.email)).length).toBe(2)
})

test('a volunteer named guide finds the walk from the studio and opens its live page; the list of names stays closed to them', async ({ page, browser }) => {
  await logInAsOwnOrganiser(page.request, 'Wang')
  const eventId = await createOwnEvent(page.request)
  const volunteer = addOrganiserAccount('Vera Volunteer', 'volunteer')
  const asCoOrganiser = await page.request.post(`/api/organiser/events/${eventId}/team`, { data: { email: volunteer.email, role: 'organiser' } })
  expect(asCoOrganiser.status()).toBe(422)
  expect((await page.request.post(`/api/organiser/events/${eventId}/team`, { data: { email: volunteer.email, role: 'guide' } })).ok()).toBe(true)

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const phone = await context.newPage()
  expect((await phone.request.post('/api/auth/login', { data: { email: volunteer.email, password: volunteer.password } })).ok()).toBe(true)
  await phone.goto('/ko/studio')
  await waitForHydration(phone)
  await phone.getByRole('link', { name: ko.studio.home.guiding }).click()
  await expect(phone).toHaveURL(/\/ko\/organiser$/)
  await waitForHydration(phone)
  await expect(phone.getByText(ko.team.youGuide)).toBeVisible()
  await expect(phone.getByRole('link', { name: ko.eventForm.newTitle })).toHaveCount(0)
  await phone.locator('.list a').first().click()
  await expect(phone).toHaveURL(new RegExp(`/ko/organiser/events/${eventId}/live$`))
  await expect(phone.getByRole('heading', { level: 1 })).toBeVisible()
  expect((await phone.request.get(`/api/organiser/events/${eventId}/attendees`)).status()).toBe(403)
  await context.close()
})
