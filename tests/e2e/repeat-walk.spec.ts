import type { OrganiserEvent } from '../../shared/types/organiser'
import { parseShanghaiDateTime } from '../../shared/utils/shanghaiTime'
import { shanghaiDateTimeInDays } from './support/eventDates'
import { test, expect, waitForHydration, expectNoHorizontalScroll } from './support/fixtures'
import { mailTo } from './support/inbox'
import { messages } from './support/messages'
import { addOrganiserAccount, createOwnEvent, logInAsOwnOrganiser } from './support/organiserEvents'

const ar = messages('ar')

// The walk's own day is refused with a 422 the page shows; the browser logs the failed request itself.
test.use({ expectedConsole: [/status of 422/] })

test('on a phone in Arabic, an organiser repeats a walk every week for three weeks: three drafts at the same time, the guide told of each', async ({ page }) => {
  await logInAsOwnOrganiser(page.request, 'منظّمة')
  const startsAt = shanghaiDateTimeInDays(180, '14:00')
  const eventId = await createOwnEvent(page.request, { startsAt, signupDeadline: shanghaiDateTimeInDays(179, '20:00'), capacity: 9 })
  const guide = addOrganiserAccount('Li Wei')
  expect((await page.request.post(`/api/organiser/events/${eventId}/team`, { data: { email: guide.email, role: 'guide' } })).ok()).toBe(true)
  await expect.poll(async () => (await mailTo(page.request, guide.email)).length, { timeout: 15_000 }).toBe(1)

  await page.goto(`/ar/organiser/events/${eventId}`)
  await waitForHydration(page)
  const repeat = page.getByRole('region', { name: ar.repeat.heading })
  await repeat.scrollIntoViewIfNeeded()

  // The walk's own day is refused, saying why.
  await repeat.getByLabel(ar.repeat.onDates).check()
  await repeat.getByLabel(ar.repeat.date.replace('{n}', '1')).fill(startsAt.slice(0, 10))
  await repeat.getByRole('button', { name: /إنشاء/ }).click()
  await expect(repeat.getByRole('alert')).toHaveText(ar.errors.repeatSameDay)

  await repeat.getByLabel(ar.repeat.weekly).check()
  await expect(repeat.getByRole('alert')).toHaveCount(0)
  await repeat.getByLabel(ar.repeat.weeks).selectOption('3')
  await expect(repeat.getByTestId('repeat-preview').getByRole('listitem')).toHaveCount(3)
  await expectNoHorizontalScroll(page)
  await repeat.getByRole('button', { name: /إنشاء/ }).click()
  const created = repeat.getByRole('status')
  await expect(created.getByRole('link')).toHaveCount(3)

  const mine = await (await page.request.get('/api/organiser/events?locale=ar')).json() as OrganiserEvent[]
  const start = parseShanghaiDateTime(startsAt)!.getTime()
  const copies = mine.filter(walk => walk.id !== eventId).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  expect(copies.map(walk => (new Date(walk.startsAt).getTime() - start) / 86_400_000)).toEqual([7, 14, 21])
  expect(copies.map(walk => [walk.status, walk.capacity, walk.counts.confirmed])).toEqual([['draft', 9, 0], ['draft', 9, 0], ['draft', 9, 0]])
  // Each link opens its own walk.
  await created.getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/ar/organiser/events/${copies[0]!.id}$`))
  // The guide is told once for each new walk, with the page to lead it from.
  await expect.poll(async () => (await mailTo(page.request, guide.email)).length, { timeout: 15_000 }).toBe(4)
  const told = (await mailTo(page.request, guide.email)).slice(1).map(mail => mail.text).join('\n')
  for (const copy of copies) expect(told).toContain(`/ar/organiser/events/${copy.id}/live`)
})
