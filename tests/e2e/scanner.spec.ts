import { dirname, join } from 'node:path'
import config from '../../playwright.config'
import { createOwnEvent, logInOrganiser, signUpStudent } from './support/organiserEvents'
import { writeQrVideo } from './support/qrImage'
import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

// Chromium's fake camera plays this file; the test writes the ticket into it before the camera starts.
const CAMERA_FILE = join(dirname(process.env.E2E_DATABASE_FILE!), 'camera.y4m')
const launchOptions = config.use!.launchOptions!

test.use({
  launchOptions: {
    ...launchOptions,
    args: [...launchOptions.args!, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${CAMERA_FILE}`],
  },
  permissions: ['camera'],
})

test('the organiser scans a student\'s QR ticket with the phone camera and the student is checked in', async ({ page, request }) => {
  await logInOrganiser(page.request)
  const eventId = await createOwnEvent(page.request)
  const student = await signUpStudent(request, eventId, 'Fatima Zahra')
  await signUpStudent(request, eventId, 'Pierre Martin')
  writeQrVideo(CAMERA_FILE, student.ticket!.qr)

  await page.goto(`/organiser/events/${eventId}`)
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Scan tickets' }).click()
  await expect(page.getByLabel('Camera view for scanning tickets')).toBeVisible()
  const result = page.locator('.scanner [role=status]')
  await expect(result).toContainText('Fatima Zahra')
  await expect(result).toContainText('Checked in. Welcome!')
  await expect(page.getByRole('button', { name: 'Undo check-in for Fatima Zahra' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('button', { name: 'Check in Pierre Martin' })).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('.counts div', { hasText: 'Checked in' }).locator('dd')).toHaveText('1')
  await expectNoHorizontalScroll(page)
  await page.screenshot({ path: 'reports/screens/scanner.png', fullPage: true })

  await page.getByRole('button', { name: 'Stop scanning' }).click()
  await expect(page.getByLabel('Camera view for scanning tickets')).toHaveCount(0)
})
