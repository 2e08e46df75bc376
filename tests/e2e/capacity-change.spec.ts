import ICAL from 'ical.js'
import type { PersonalSignup } from '../../shared/types/event'
import { mailTo } from './support/inbox'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { test, expect, waitForHydration } from './support/fixtures'

// A 409 the form is expected to show as a message; the browser logs the failed request itself.
test.use({ expectedConsole: [/status of 409/] })

test('raising capacity moves the waiting students up, in order, and tells them; cutting below the places given is refused at the field', async ({ page }) => {
  await logInOrganiser(page.request)
  const eventId = await createOwnEvent(page.request, { capacity: 1 })
  const first = await signUpStudent(page.request, eventId, 'Ana First')
  const second = await signUpStudent(page.request, eventId, 'Ben Second')
  const third = await signUpStudent(page.request, eventId, 'Chen Third')
  expect([first.status, second.status, third.status]).toEqual(['confirmed', 'waiting', 'waiting'])

  await page.goto(`/organiser/events/${eventId}/edit`)
  await waitForHydration(page)
  const capacity = page.getByLabel('Places')
  await capacity.fill('2')
  await page.getByRole('button', { name: 'Save' }).click()
  // Nothing is sent before the organiser has seen who will be e-mailed.
  const confirm = page.getByRole('alertdialog', { name: 'Before you save' })
  await expect(confirm).toContainText('People waiting will get a place (1)')
  expect((await (await page.request.get(`/api/organiser/events/${eventId}`)).json() as { capacity: number }).capacity).toBe(1)
  await confirm.getByRole('button', { name: 'Save and send' }).click()
  await expect(page).toHaveURL(new RegExp(`/organiser/events/${eventId}$`))

  // The first person waiting has the new place and an e-mail saying so; the next one still waits, first in line.
  const statusOf = async (token: string) => (await (await page.request.get(`/api/signups/${token}`)).json() as PersonalSignup)
  expect((await statusOf(second.token)).status).toBe('confirmed')
  expect(await statusOf(third.token)).toMatchObject({ status: 'waiting', position: 1 })
  await expect.poll(async () => (await mailTo(page.request, second.email)).map(m => m.subject), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/^A place freed up for you/))
  expect((await mailTo(page.request, third.email)).map(m => m.subject)).not.toContainEqual(expect.stringMatching(/^A place freed up/))

  // Two places are held: one place is refused, at the field, and nothing changes.
  await page.goto(`/organiser/events/${eventId}/edit`)
  await waitForHydration(page)
  await capacity.fill('1')
  await page.getByRole('button', { name: 'Save' }).click()
  const message = 'More people already have a place than this capacity allows. Cancel places first, or keep a higher capacity.'
  await expect(page.locator('.event-form').getByText(message).first()).toBeVisible()
  await expect(page).toHaveURL(/\/edit$/)
  const saved = await (await page.request.get(`/api/organiser/events/${eventId}`)).json() as { capacity: number }
  expect(saved.capacity).toBe(2)
})

test('a new time puts the walk in the calendar of those with a place only, in lines calendar apps can read', async ({ page }) => {
  await logInOrganiser(page.request)
  const eventId = await createOwnEvent(page.request, { capacity: 1 })
  const placed = await signUpStudent(page.request, eventId, 'Élodie Lefèvre')
  const waiting = await signUpStudent(page.request, eventId, 'Omar Haddad')
  expect([placed.status, waiting.status]).toEqual(['confirmed', 'waiting'])

  await page.goto(`/organiser/events/${eventId}/edit`)
  await waitForHydration(page)
  const starts = page.getByLabel('Starts', { exact: true })
  await starts.fill((await starts.inputValue()).replace(/T\d\d/, 'T16'))
  await page.getByRole('button', { name: 'Save' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Before you save' })
  await expect(confirm).toContainText('The new time will be e-mailed to everyone signed up (2)')
  await confirm.getByRole('button', { name: 'Save and send' }).click()
  await expect(page).toHaveURL(new RegExp(`/organiser/events/${eventId}$`))

  const newTime = async (email: string) => (await mailTo(page.request, email)).find(m => m.subject.startsWith('New time'))
  await expect.poll(async () => Boolean(await newTime(placed.email) && await newTime(waiting.email)), { timeout: 15_000 }).toBe(true)
  const calendar = (await newTime(placed.email))!.attachments.find(a => a.filename.endsWith('.ics'))!
  expect(calendar.content.split('\r\n').filter(line => new TextEncoder().encode(line).length > 75)).toEqual([])
  // Read as a calendar app reads it (ical.js, Mozilla's parser): the walk, confirmed, at its new time.
  const walk = new ICAL.Component(ICAL.parse(calendar.content)).getFirstSubcomponent('vevent')!
  expect(walk.getFirstPropertyValue('status')).toBe('CONFIRMED')
  const startsAt = (walk.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(startsAt)).toBe('16')
  expect(String(walk.getFirstPropertyValue('summary'))).toMatch(/\S/)
  expect((await newTime(placed.email))!.text).toContain('The updated calendar file is attached.')
  // Still waiting: told of the new time and where they stand, but nothing goes into their calendar, nor is said to.
  expect((await newTime(waiting.email))!.attachments).toEqual([])
  expect((await newTime(waiting.email))!.text).toContain('You are number 1 on the waiting list.')
  expect((await newTime(waiting.email))!.text).not.toContain('calendar')
})

test('a change of details at the same time (here the length) is previewed, then e-mailed: a calendar entry for a place, none while waiting', async ({ page }) => {
  await logInOrganiser(page.request)
  const eventId = await createOwnEvent(page.request, { capacity: 1 })
  const placed = await signUpStudent(page.request, eventId, 'Kenji Sato')
  const waiting = await signUpStudent(page.request, eventId, 'Sara Rossi')

  await page.goto(`/organiser/events/${eventId}/edit`)
  await waitForHydration(page)
  await page.getByLabel('Duration (minutes)').fill('150')
  await page.getByRole('button', { name: 'Save' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Before you save' })
  await expect(confirm).toContainText('The new details (meeting point, route, length or description) will be e-mailed to everyone signed up (2)')
  await confirm.getByRole('button', { name: 'Save and send' }).click()
  await expect(page).toHaveURL(new RegExp(`/organiser/events/${eventId}$`))

  const changed = async (email: string) => (await mailTo(page.request, email)).find(m => m.subject.startsWith('Changed:'))
  await expect.poll(async () => Boolean(await changed(placed.email) && await changed(waiting.email)), { timeout: 15_000 }).toBe(true)
  expect((await changed(placed.email))!.text).toContain('The time is the same.')
  const walk = new ICAL.Component(ICAL.parse((await changed(placed.email))!.attachments.find(a => a.filename.endsWith('.ics'))!.content)).getFirstSubcomponent('vevent')!
  const event = new ICAL.Event(walk)
  expect(event.duration.toSeconds()).toBe(150 * 60)
  expect(walk.getFirstPropertyValue('status')).toBe('CONFIRMED')
  expect((await changed(waiting.email))!.attachments).toEqual([])
})
