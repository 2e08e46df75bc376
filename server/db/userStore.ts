import { randomUUID } from 'node:crypto'
import { and, eq, isNull, ne, or } from 'drizzle-orm'
import type { Database } from './connect'
import { hashPassword, verifyPassword } from './passwords'

export type Role = 'organiser' | 'volunteer'

type NewUser = { email: string, name: string, role: Role, password: string }

/** The row of a new account, its password hashed (slow on purpose: do it before any transaction). */
export async function newUserRow(user: NewUser) {
  return { id: randomUUID(), email: user.email.trim().toLowerCase(), name: user.name, role: user.role, passwordHash: await hashPassword(user.password) }
}

export async function addUser(database: Database, user: NewUser) {
  const row = await newUserRow(user)
  await database.transaction(tx => tx.insert(database.tables.users).values(row))
  return row.id
}

/** The app language a person last logged in with, for the e-mails the studio sends them. */
export async function rememberLocale(database: Database, userId: string, locale: string) {
  const { users } = database.tables
  await database.transaction(tx => tx.update(users).set({ locale }).where(and(eq(users.id, userId), or(isNull(users.locale), ne(users.locale, locale)))))
}

// A real hash of nothing, so an unknown address costs the same time as a wrong password.
const decoy = hashPassword('decoy-password-for-timing')

/** The user with this address and password, or null; never says which of the two was wrong. */
export async function checkCredentials(database: Database, email: string, password: string) {
  const [user] = await database.db.select().from(database.tables.users).where(eq(database.tables.users.email, email.trim().toLowerCase()))
  if (!user) {
    await verifyPassword(await decoy, password)
    return null
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : null
}
