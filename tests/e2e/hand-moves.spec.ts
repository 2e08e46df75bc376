import type { PersonalSignup } from '../../shared/types/event'
import ko from '../../i18n/locales/ko.json' with { type: 'json' }
import { mailTo } from './support/inbox'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { test, expect, waitForHydration } from './support/fixtures'

// The full walk's refusal is a 409 the page shows as a question; the browser logs the failed request itself.
test.use({ expectedConsole: [/status of 409/] })

test('an organiser moves students by hand, in Korean: a place past a full walk only after a second tap, a place handed on to the next person waiting; each student is e-mailed in their language', async ({ page }) => {
  await logInOrganiser(page.request)
  const eventId = await createOwnEvent(page.request, { capacity: 1 })
  const ana = await signUpStudent(page.request, eventId, 'Ana First')
  const min = await signUpStudent(page.request, eventId, '김민지', 'ko')
  const omar = await signUpStudent(page.request, eventId, 'Omar Third')
  expect([ana.status, min.status, omar.status]).toEqual(['confirmed', 'waiting', 'waiting'])
  const statusOf = async (token: string) => (await (await page.request.get(`/api/signups/${token}`)).json() as PersonalSignup)

  await page.goto(`/ko/organiser/events/${eventId}`)
  await waitForHydration(page)
  const person = (name: string) => page.locator('.person', { hasText: name })
  // The moves sit behind a disclosure, away from a stray tap beside "check in".
  const openMoves = (name: string) => person(name).locator('summary', { hasText: ko.organiser.moveSummary }).click()

  // Ana goes to the end of the waiting list; her place goes to the next person waiting, 김민지, told in Korean.
  await expect(person('Ana First').getByRole('button', { name: ko.organiser.moveToWaitingLabel.replace('{name}', 'Ana First') })).toBeHidden()
  await openMoves('Ana First')
  await person('Ana First').getByRole('button', { name: ko.organiser.moveToWaitingLabel.replace('{name}', 'Ana First') }).click()
  await expect(person('Ana First').getByRole('status')).toHaveText(ko.organiser.moved.replace('{name}', 'Ana First'))
  expect(await statusOf(ana.token)).toMatchObject({ status: 'waiting', position: 2 })
  expect((await statusOf(min.token)).status).toBe('confirmed')
  await expect.poll(async () => (await mailTo(page.request, ana.email)).map(m => m.subject), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/^Back on the waiting list/))
  const moved = (await mailTo(page.request, ana.email)).find(m => m.subject.startsWith('Back on the waiting list'))!
  expect(moved.text).toContain('you are number 2')
  expect(moved.attachments.find(a => a.filename.endsWith('.ics'))?.content).toContain('STATUS:CANCELLED')
  const promoted = ko.email.promoted.subject.replace('{title}', '')
  await expect.poll(async () => (await mailTo(page.request, min.email)).map(m => m.subject), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining(promoted))

  // The walk is full: the first tap to give Omar a place asks, and nothing changes; the second gives it.
  await openMoves('Omar Third')
  await person('Omar Third').getByRole('button', { name: ko.organiser.givePlaceLabel.replace('{name}', 'Omar Third') }).click()
  await expect(person('Omar Third').getByRole('alert')).toHaveText(ko.errors.moveOverCapacity)
  expect(await statusOf(omar.token)).toMatchObject({ status: 'waiting', position: 1 })
  await person('Omar Third').getByRole('button', { name: ko.organiser.givePlaceAnyway.replace('{name}', 'Omar Third') }).click()
  await expect(person('Omar Third').getByRole('status')).toHaveText(ko.organiser.moved.replace('{name}', 'Omar Third'))
  expect((await statusOf(omar.token)).status).toBe('confirmed')
  await expect.poll(async () => (await mailTo(page.request, omar.email)).map(m => m.subject), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/^You have a place/))
  const given = (await mailTo(page.request, omar.email)).find(m => m.subject.startsWith('You have a place'))!
  expect(given.attachments.find(a => a.filename.endsWith('.ics'))?.content).toContain('STATUS:CONFIRMED')
})
