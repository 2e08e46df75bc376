import { createHash, randomBytes, randomUUID } from 'node:crypto'
import Sqlite from 'better-sqlite3'
import { ORGANISER } from '../../playwright.config'
import { logInThroughForm } from './support/login'
import { mailTo } from './support/inbox'
import { test, expect, expectNoHorizontalScroll, waitForHydration } from './support/fixtures'

/** An invite that ran out yesterday, written straight into the test server's database. */
function insertExpiredInvite() {
  const token = randomBytes(24).toString('base64url')
  const db = new Sqlite(process.env.E2E_DATABASE_FILE!)
  try {
    const email = `${randomUUID()}@example.edu`
    const { id } = db.prepare('SELECT id FROM users WHERE email = ?').get(ORGANISER.email) as { id: string }
    db.prepare('INSERT INTO invites (id, token_hash, email, invited_by, expires_at) VALUES (?, ?, ?, ?, ?)').run(
      randomUUID(), createHash('sha256').update(token).digest('hex'), email, id, Date.now() - 86_400_000)
    return { token, email }
  }
  finally {
    db.close()
  }
}

test('an organiser invites a volunteer, who joins once through the link and sees the studio', async ({ page }) => {
  const email = `${randomUUID()}@example.edu`
  await logInThroughForm(page, '/studio/volunteers', ORGANISER)
  await page.getByLabel('Volunteer\'s e-mail address').fill('not an address')
  await page.getByRole('button', { name: 'Create an invite link' }).click()
  await expect(page.getByText('Enter the volunteer\'s e-mail address.')).toBeVisible()
  await page.getByLabel('Volunteer\'s e-mail address').fill(email)
  // The volunteer reads Korean: the link opens the studio in Korean, and the e-mail carrying it is in Korean.
  await page.getByLabel('The volunteer\'s language').selectOption('ko')
  await expect(page.getByLabel('E-mail the link to them')).toBeChecked()
  await page.getByRole('button', { name: 'Create an invite link' }).click()
  await expect(page.getByRole('status')).toContainText(`Send this link to ${email}. It works once, until`)
  await expect(page.getByRole('status')).toContainText(`E-mailed to ${email}.`)
  const link = await page.getByLabel('Invite link').inputValue()
  expect(link).toMatch(/\/ko\/studio\/invite\/[\w-]{32}$/)
  await expectNoHorizontalScroll(page)
  await expect.poll(async () => (await mailTo(page.request, email)).map(mail => mail.subject)).toEqual(['Organiser 님이 Citywalk 글쓰기에 초대했어요'])
  expect((await mailTo(page.request, email))[0]!.text).toContain(link)
  // This test reads the English page of the same link.
  const english = new URL(link).pathname.replace(/^\/ko\//, '/')

  await page.context().clearCookies()
  await page.goto(english)
  await waitForHydration(page)
  await expect(page.getByText(`You are invited as ${email}.`)).toBeVisible()
  await page.getByLabel('Your name').fill('Li Wei')
  await page.getByLabel('Password').fill('too short')
  await page.getByRole('button', { name: 'Create my account' }).click()
  await expect(page.getByRole('alert')).toHaveText('Enter your name and a password of at least 12 characters.')
  await page.getByLabel('Password').fill('a volunteer password')
  await page.getByRole('button', { name: 'Create my account' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Studio')
  await expect(page.getByRole('heading', { name: 'Your work' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Waiting for your review' })).toHaveCount(0)

  // The link worked once.
  await page.goto(english)
  await expect(page.getByRole('alert')).toHaveText('This invite link has already been used. Log in with your e-mail address and password.')
  const again = await page.request.post(`/api/invites/${link.split('/').pop()}`, { data: { name: 'Someone else', password: 'another password 123' } })
  expect(again.status()).toBe(410)
  expect((await again.json()).statusMessage).toBe('inviteUsed')

  // The volunteer logs in with the chosen password, and may not invite anyone.
  await page.context().clearCookies()
  const login = await page.request.post('/api/auth/login', { data: { email, password: 'a volunteer password' } })
  expect(await login.json()).toEqual({ name: 'Li Wei', role: 'volunteer' })
  expect((await page.request.post('/api/organiser/invites', { data: { email: `${randomUUID()}@example.edu` } })).status()).toBe(403)
})

test('an expired or unknown invite link is refused in the reader\'s language and creates nothing', async ({ page, request }) => {
  const { token: expired, email } = insertExpiredInvite()
  await page.goto(`/fr/studio/invite/${expired}`)
  await waitForHydration(page)
  await expect(page.getByRole('alert')).toHaveText('Ce lien d’invitation a expiré. Demandez-en un nouveau à l’organisateur.')
  const accept = await request.post(`/api/invites/${expired}`, { data: { name: 'Late', password: 'a volunteer password' } })
  expect(accept.status()).toBe(410)
  expect((await accept.json()).statusMessage).toBe('inviteExpired')
  expect((await request.post('/api/auth/login', { data: { email, password: 'a volunteer password' } })).status()).toBe(401)

  await page.goto('/ar/studio/invite/this-is-not-a-token')
  await expect(page.getByRole('alert')).toHaveText('رابط الدعوة هذا غير صالح. اطلب رابطًا جديدًا من المنظّم.')
  expect((await request.get(`/api/invites/${'x'.repeat(32)}`)).status()).toBe(404)
})

test('an organiser cannot invite an address that already has an account', async ({ request }) => {
  await request.post('/api/auth/login', { data: ORGANISER })
  const response = await request.post('/api/organiser/invites', { data: { email: ORGANISER.email } })
  expect(response.status()).toBe(409)
  expect((await response.json()).statusMessage).toBe('emailTaken')
  expect((await request.post('/api/organiser/invites', { data: { email: 'nope' } })).status()).toBe(422)
})
