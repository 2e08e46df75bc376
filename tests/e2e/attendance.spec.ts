import { moveWalkIntoPast } from '../support/pastWalk'
import { test, expect, waitForHydration, expectNoHorizontalScroll } from './support/fixtures'
import { messages } from './support/messages'
import { createOwnEvent, logInAsOwnOrganiser, signUpStudent } from './support/organiserEvents'

const ko = messages('ko')
const ar = messages('ar')

test('the dashboard shows who came to past walks, in all, per route and walk by walk, as a chart and as a table', async ({ page }) => {
  await logInAsOwnOrganiser(page.request, '출석 담당')
  const arrive = async (eventId: string, names: string[], coming: number) => {
    const people = []
    for (const name of names) people.push(await signUpStudent(page.request, eventId, name))
    for (const person of people.slice(0, coming)) {
      expect((await page.request.post(`/api/organiser/events/${eventId}/checkin`, { data: { code: person.ticket!.code } })).ok()).toBe(true)
    }
  }
  const creek = await createOwnEvent(page.request)
  await arrive(creek, ['Ana', 'Ben', 'Chen'], 2)
  const road = await createOwnEvent(page.request, { walkSlug: 'yuyuan-road', stopSlugs: ['qian-xuesen-residence', 'rewi-alley-residence'] })
  await arrive(road, ['Dana', 'Eli'], 2)
  const ahead = await createOwnEvent(page.request)
  await arrive(ahead, ['Fay'], 0)
  // Well past: out of the public list of walks, which other tests pick from.
  moveWalkIntoPast(process.env.E2E_DATABASE_FILE!, creek, 50)
  moveWalkIntoPast(process.env.E2E_DATABASE_FILE!, road, 26)

  await page.goto('/ko/organiser')
  await waitForHydration(page)
  const attendance = page.getByRole('region', { name: ko.attendance.heading })
  const figure = (label: string) => attendance.locator(`dt:text-is("${label}") + dd`)
  await expect(figure(ko.attendance.walks)).toHaveText('2')
  await expect(figure(ko.organiser.checkedIn)).toHaveText('4 / 5')
  await expect(figure(ko.organiser.noShows)).toHaveText('1')
  await expect(figure(ko.attendance.rate)).toHaveText('80%')
  await expect(attendance.getByRole('listitem')).toHaveCount(2)
  await expect(attendance.getByTestId('attendance-chart').locator('g.bar')).toHaveCount(2)
  await attendance.getByText(ko.attendance.asTable).click()
  await expect(attendance.locator('tbody tr')).toHaveCount(2)
  // The latest walk first in the table: the Yuyuan Road walk, where both came.
  await expect(attendance.locator('tbody tr').first().locator('td').nth(3)).toHaveText('2')
  await expectNoHorizontalScroll(page)

  // Right to left, time runs leftwards: the latest walk's bar is to the left of the older one's.
  await page.goto('/ar/organiser')
  await waitForHydration(page)
  const bars = page.getByRole('region', { name: ar.attendance.heading }).locator('g.bar rect.came')
  const [older, latest] = await bars.evaluateAll(rects => rects.map(rect => Number(rect.getAttribute('x'))))
  expect(latest!).toBeLessThan(older!)
  // "4 / 5" stays "4 / 5" right to left, not "5 / 4".
  await expect(page.getByRole('region', { name: ar.attendance.heading }).locator(`dt:text-is("${ar.organiser.checkedIn}") + dd span`)).toHaveAttribute('dir', 'ltr')
  await expectNoHorizontalScroll(page)
})
