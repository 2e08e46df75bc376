// npm run user -- add --email a@b.org --name "A B" --role organiser [--password …]
// Adds an organiser or volunteer to the app's database (the same one `npm start` uses).
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { loadMigrations } from '../server/db/migrate'
import { openDatabaseFromEnv } from '../server/db/open'
import { addUser } from '../server/db/userStore'
import { driverError, isUniqueViolation } from '../server/db/errors'

const usage = 'usage: npm run user -- add --email <address> --name <name> --role organiser|volunteer [--password <password>]'
const argsSchema = z.object({
  email: z.email(),
  name: z.string().trim().min(1).max(100),
  role: z.enum(['organiser', 'volunteer']),
  password: z.string().min(12).max(200).optional(),
})

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } },
})
const parsed = argsSchema.safeParse(values)
if (positionals[0] !== 'add' || !parsed.success) {
  console.error(parsed.success ? usage : `${parsed.error.issues.map(i => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${usage}`)
  process.exit(2)
}

const database = await openDatabaseFromEnv(process.env)
const migrations = join(import.meta.dirname, '..', 'server', 'db', 'migrations', database.dialect)
await database.migrate(await loadMigrations(async path => readFileSync(join(migrations, path), 'utf8')))
const password = parsed.data.password ?? randomBytes(12).toString('base64url')
try {
  await addUser(database, { ...parsed.data, password })
  console.log(`Added ${parsed.data.role} ${parsed.data.email}${parsed.data.password ? '' : ` with password ${password} (shown only this once)`}.`)
}
catch (error) {
  // The driver's message only: Drizzle's own error lists the query's parameters (address, password hash).
  console.error(isUniqueViolation(error) ? `${parsed.data.email} already has an account.` : String(driverError(error).message ?? error))
  process.exitCode = 1
}
finally {
  await database.close()
}
