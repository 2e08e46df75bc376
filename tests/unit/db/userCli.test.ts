import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqlite } from '../../../server/db/connect'
import { checkCredentials } from '../../../server/db/userStore'

const dir = mkdtempSync(join(tmpdir(), 'citywalk-cli-'))
const file = join(dir, 'cli.sqlite')
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/user.ts', ...args], { env: { ...process.env, CITYWALK_DATABASE_FILE: file }, encoding: 'utf8' })

describe('npm run user', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('adds an organiser who can then log in, and refuses a second account for the same address', async () => {
    const added = run('add', '--email', 'Guide@Example.org', '--name', 'Guide', '--role', 'organiser', '--password', 'a long enough secret')
    expect(added.status, added.stderr).toBe(0)
    const database = openSqlite(file)
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
