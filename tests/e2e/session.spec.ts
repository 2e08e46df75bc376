import { test, expect } from './support/fixtures'
import { logInOrganiser } from './support/organiserEvents'

test('logging out ends the session for every copy of its cookie', async ({ playwright, baseURL }) => {
  const organiser = await playwright.request.newContext({ baseURL })
  await logInOrganiser(organiser)
  // Someone copied the sealed cookie before the organiser logged out.
  const copy = await playwright.request.newContext({ baseURL, storageState: await organiser.storageState() })
  try {
    expect((await copy.get('/api/organiser/events')).status()).toBe(200)
    expect((await organiser.post('/api/auth/logout')).status()).toBe(200)
    expect((await copy.get('/api/organiser/events')).status()).toBe(401)
    expect((await copy.get('/api/studio/status')).status()).toBe(401)
    const session = await copy.get('/api/_auth/session')
    expect(session.ok() ? (await session.json()).user : undefined).toBeUndefined()
    // Logging in again works as before.
    await logInOrganiser(organiser)
    expect((await organiser.get('/api/organiser/events')).status()).toBe(200)
  }
  finally {
    await organiser.dispose()
    await copy.dispose()
  }
})
