import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabaseFromEnv } from '../../../server/db/open'
import { checkCredentials } from '../../../server/db/userStore'
import { createPostgresDatabase, OPEN_TIMEOUT_MS, STORE_ENGINES } from './testDatabases'

// The CLI is a process of its own, so PGlite (in this process's memory) cannot be its database.
const CLI_ENGINES = STORE_ENGINES.filter(engine => engine !== 'pglite')

describe.each(CLI_ENGINES)('npm run user on %s', { timeout: 30_000 }, (engine) => {
  let env: Record<string, string>
  let cleanUp: () => Promise<void>
  beforeAll(async () => {
    if (engine === 'postgres') {
      const { url, drop } = await createPostgresDatabase()
      env = { DATABASE_URL: url }
      cleanUp = drop
    }
    else {
      const dir = mkdtempSync(join(tmpdir(), 'citywalk-cli-'))
      env = { CITYWALK_DATABASE_FILE: join(dir, 'cli.sqlite') }
      cleanUp = async () => rmSync(dir, { recursive: true, force: true })
    }
  }, OPEN_TIMEOUT_MS)
  afterAll(() => cleanUp())

  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/user.ts', ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8' })

  it('adds an organiser who can then log in, and refuses a second account for the same address', async () => {
    const added = run('add', '--email', 'Guide@Example.org', '--name', 'Guide', '--role', 'organiser', '--password', 'a long enough secret')
    expect(added.status, added.stderr).toBe(0)
    const database = await openDatabaseFromEnv(env)
    try {
      expect((await checkCredentials(database, 'guide@example.org', 'a long enough secret'))?.role).toBe('organiser')
      expect(await checkCredentials(database, 'guide@example.org', 'wrong')).toBeNull()
    }
    finally {
      await database.close()
    }
    const again = run('add', '--email', 'guide@example.org', '--name', 'Guide', '--role', 'organiser')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('already has an account')
  })

  it('explains its usage on bad arguments', () => {
    const bad = run('add', '--email', 'not-an-address')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('usage: npm run user')
  })
})
