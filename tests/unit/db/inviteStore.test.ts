import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptInvite, createInvite, findInvite } from '../../../server/db/inviteStore'
import { INVITE_DAYS } from '../../../shared/schemas/invite'
import { addUser, checkCredentials } from '../../../server/db/userStore'
import { openTestDatabase, STORE_ENGINES } from './testDatabases'

const DAY = 86_400_000
const password = 'a volunteer password'

describe.each(STORE_ENGINES)('volunteer invites on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let organiserId = ''
  let n = 0
  const address = () => `volunteer${++n}@example.edu`
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    organiserId = await addUser(database, { email: 'organiser@example.org', name: 'Organiser', role: 'organiser', password: 'organiser password' })
  })
  afterAll(() => database.dispose())

  it('lets the invited volunteer choose a name and password once, then log in as a volunteer', async () => {
    const email = address()
    const { token, expiresAt } = await createInvite(database, { email: ` ${email.toUpperCase()} `, invitedBy: organiserId })
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan((INVITE_DAYS - 1) * DAY)
    expect(await findInvite(database, token)).toMatchObject({ email })

    const user = await acceptInvite(database, token, { name: 'Li Wei', password })
    expect(user).toMatchObject({ email, name: 'Li Wei', role: 'volunteer' })
    expect((await checkCredentials(database, email, password))?.role).toBe('volunteer')

    await expect(acceptInvite(database, token, { name: 'Someone else', password })).rejects.toMatchObject({ reason: 'inviteUsed' })
    await expect(findInvite(database, token)).rejects.toMatchObject({ reason: 'inviteUsed' })
  })

  it('keeps only a hash of the token', async () => {
    const { token } = await createInvite(database, { email: address(), invitedBy: organiserId })
    const rows = await database.db.select().from(database.tables.invites)
    expect(JSON.stringify(rows)).not.toContain(token)
  })

  it('refuses an expired link and an unknown one, changing nothing', async () => {
    const email = address()
    const { token } = await createInvite(database, { email, invitedBy: organiserId })
    const later = new Date(Date.now() + (INVITE_DAYS + 1) * DAY)
    await expect(acceptInvite(database, token, { name: 'Late', password }, later)).rejects.toMatchObject({ reason: 'inviteExpired' })
    await expect(findInvite(database, 'x'.repeat(32))).rejects.toMatchObject({ reason: 'inviteNotFound' })
    expect(await checkCredentials(database, email, password)).toBeNull()
  })

  it('refuses to invite an address that already has an account', async () => {
    await expect(createInvite(database, { email: 'organiser@example.org', invitedBy: organiserId })).rejects.toMatchObject({ reason: 'emailTaken' })
  })

  it('lets only one of two people racing with the same link in', async () => {
    const { token } = await createInvite(database, { email: address(), invitedBy: organiserId })
    const results = await Promise.allSettled([
      acceptInvite(database, token, { name: 'First', password }),
      acceptInvite(database, token, { name: 'Second', password }),
    ])
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find(r => r.status === 'rejected')).toMatchObject({ reason: { reason: 'inviteUsed' } })
  })
})
