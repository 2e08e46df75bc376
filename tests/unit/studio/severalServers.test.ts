import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqlite, type Database } from '../../../server/db/connect'
import { LeaseBusy, withLease } from '../../../server/db/leaseStore'
import { loadMigrations } from '../../../server/db/migrate'
import { openDatabaseFromEnv } from '../../../server/db/open'
import { addUser } from '../../../server/db/userStore'
import { approveSubmission, ApprovalRefused } from '../../../server/studio/approveSubmission'
import { checkRecording } from '../../../server/studio/audioUpload'
import { publishedHash } from '../../../server/studio/editorSnapshot'
import { readRecording } from '../../../server/studio/recordingStore'
import { catchUpWithRemote } from '../../../server/studio/remoteSync'
import { studioNotices } from '../../../server/studio/studioMail'
import { attachAudio, findSubmission, markSubmitted, saveDraft } from '../../../server/studio/submissionStore'
import { parseTextFile } from '../../../server/studio/textFile'
import type { Workspace } from '../../../server/studio/workspace'
import { makeStudioWorkspace } from '../../support/studioWorkspace'
import { toneWav } from '../../support/toneWav'
import { createPostgresDatabase, OPEN_TIMEOUT_MS, STORE_ENGINES } from '../db/testDatabases'

const MIGRATIONS = join(import.meta.dirname, '..', '..', '..', 'server', 'db', 'migrations')
const git = (root: string, ...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim()

/**
 * Two servers' handles on one database: two PostgreSQL pools, as two processes have. SQLite serves one
 * process, so both "servers" share its one handle (two connections in one process would deadlock: a
 * synchronous busy wait on one blocks the event loop the other needs to commit); the two checkouts,
 * the lease and the remote are still two servers' worth.
 */
async function twoServers(engine: 'sqlite' | 'postgres'): Promise<{ servers: [Database, Database], dispose: () => Promise<void> }> {
  const migrations = await loadMigrations(async path => readFileSync(join(MIGRATIONS, engine === 'sqlite' ? 'sqlite' : 'pg', path), 'utf8'))
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'citywalk-db-'))
    const database = openSqlite(join(dir, 'shared.sqlite'))
    await database.migrate(migrations)
    return { servers: [database, database], dispose: async () => {
      await database.close()
      rmSync(dir, { recursive: true, force: true })
    } }
  }
  const { url, drop } = await createPostgresDatabase()
  const servers: [Database, Database] = [await openDatabaseFromEnv({ DATABASE_URL: url }), await openDatabaseFromEnv({ DATABASE_URL: url })]
  await servers[0].migrate(migrations)
  return { servers, dispose: async () => {
    await Promise.all(servers.map(server => server.close()))
    await drop()
  } }
}

const ENGINES = STORE_ENGINES.filter((engine): engine is 'sqlite' | 'postgres' => engine !== 'pglite')

describe.each(ENGINES)('the studio on two servers sharing %s', (engine) => {
  let servers: [Database, Database]
  let dispose: () => Promise<void>
  // A bare repository stands in for the remote whose CI/CD deploys; each server has a checkout of its own.
  const remote = mkdtempSync(join(tmpdir(), 'citywalk-remote-'))
  const first = makeStudioWorkspace({ narrationLocales: ['ru'] })
  let second: Workspace & { dispose: () => void }
  const organiser = { id: '', name: 'Olga Organiser', email: 'organiser@example.org' }
  let volunteerId = ''

  beforeAll(async () => {
    ({ servers, dispose } = await twoServers(engine))
    git(remote, 'init', '--quiet', '--bare', '--initial-branch=main')
    first.git('remote', 'add', 'origin', remote)
    first.git('push', '--quiet', 'origin', 'main')
    first.remote = { name: 'origin', branch: 'main' }
    const root = mkdtempSync(join(tmpdir(), 'citywalk-studio-'))
    execFileSync('git', ['clone', '--quiet', remote, root])
    git(root, 'config', 'user.name', 'Maintainer')
    git(root, 'config', 'user.email', 'maintainer@example.org')
    second = { root, publishLog: join(root, '.data', 'publish.log'), publishCommand: '', remote: { name: 'origin', branch: 'main' }, dispose: () => rmSync(root, { recursive: true, force: true }) }
    organiser.id = await addUser(servers[0], { email: organiser.email, name: organiser.name, role: 'organiser', password: 'organiser password' })
    volunteerId = await addUser(servers[1], { email: 'vera@example.edu', name: 'Vera Volunteer', role: 'volunteer', password: 'volunteer password' })
  }, OPEN_TIMEOUT_MS)
  afterAll(async () => {
    await dispose()
    first.dispose()
    second.dispose()
    rmSync(remote, { recursive: true, force: true })
  })

  /** A volunteer's submitted edit of one stop's Russian text, saved through `server`. */
  async function submittedEdit(server: Database, workspace: Workspace, slug: string, line: string, recording?: Buffer) {
    const target = { kind: 'stop' as const, slug, locale: 'ru' }
    const published = parseTextFile(readFileSync(join(workspace.root, `content/stops/ru/${slug}.md`), 'utf8'), 'ru')
    let row = await saveDraft(server, volunteerId, { ...target, fields: published.fields, body: `${published.body}\n${line}`, position: null }, publishedHash(workspace, target))
    if (recording) row = await attachAudio(server, row.id, volunteerId, { recording, type: 'audio/wav', ...checkRecording(recording) })
    return markSubmitted(server, row.id, volunteerId, row.revision)
  }

  it('plays and publishes a recording uploaded to the other server', async () => {
    const recording = toneWav(2)
    const row = await submittedEdit(servers[0], first, 'qian-xuesen-residence', 'Абзац с записью.', recording)
    expect(await readRecording(servers[1], row.audioFile!)).toEqual(recording)

    const result = await approveSubmission(servers[1], second, row.id, row.revision, organiser)
    expect(result.publishState).toBe('pushed')
    expect(git(remote, 'rev-parse', 'main')).toBe(result.sha)
    expect(git(remote, 'show', '--name-only', '--format=', 'main').split('\n')).toContain('public/narration/ru/qian-xuesen-residence.opus')
    // Published as Opus and MP3: the take waiting for review is gone from the database.
    expect(await readRecording(servers[0], row.audioFile!)).toBeNull()
  }, 60_000)

  it('publishes two approvals made at the same moment on the two servers, one after the other, both pushed', async () => {
    const before = git(remote, 'rev-parse', 'main')
    const one = await submittedEdit(servers[0], first, 'rewi-alley-residence', 'Абзац первого сервера.')
    const two = await submittedEdit(servers[1], second, 'yu-lane-garden', 'Абзац второго сервера.')
    const results = await Promise.all([
      approveSubmission(servers[0], first, one.id, one.revision, organiser),
      approveSubmission(servers[1], second, two.id, two.revision, organiser),
    ])
    expect(results.map(r => r.publishState)).toEqual(['pushed', 'pushed'])
    // Linear history on the remote: the later approval started from the earlier one's commit.
    expect(git(remote, 'rev-list', '--count', `${before}..main`)).toBe('2')
    expect(git(remote, 'rev-list', '--merges', `${before}..main`)).toBe('')
    expect(new Set(git(remote, 'log', '--format=%H', `${before}..main`).split('\n'))).toEqual(new Set(results.map(r => r.sha)))
    for (const row of [one, two]) expect((await findSubmission(servers[0], row.id))?.status).toBe('published')
  }, 60_000)

  it('brings a checkout that missed another server\'s approval up to date before the studio reads it', async () => {
    const latest = git(remote, 'rev-parse', 'main')
    const behind = git(first.root, 'rev-parse', 'HEAD') === latest ? second : first
    expect(git(behind.root, 'rev-parse', 'HEAD')).not.toBe(latest)
    await catchUpWithRemote(servers[0], behind)
    expect(git(behind.root, 'rev-parse', 'HEAD')).toBe(latest)
    expect(readFileSync(join(behind.root, 'content/stops/ru/yu-lane-garden.md'), 'utf8')).toContain('Абзац второго сервера.')
  })

  it('takes the commit back, restores every file and keeps the submission for review when the remote refuses the push', async () => {
    const hook = join(remote, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "refused by the test" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    try {
      const row = await submittedEdit(servers[0], first, 'rewi-alley-residence', 'Абзац, который не дойдёт.')
      const head = git(first.root, 'rev-parse', 'HEAD')
      const text = readFileSync(join(first.root, 'content/stops/ru/rewi-alley-residence.md'), 'utf8')
      const refusal = await approveSubmission(servers[0], first, row.id, row.revision, organiser).catch(error => error)
      expect(refusal).toBeInstanceOf(ApprovalRefused)
      expect(refusal.reason).toBe('publishFailed')
      expect(git(first.root, 'rev-parse', 'HEAD')).toBe(head)
      expect(git(first.root, 'status', '--porcelain')).toBe('')
      expect(readFileSync(join(first.root, 'content/stops/ru/rewi-alley-residence.md'), 'utf8')).toBe(text)
      expect((await findSubmission(servers[1], row.id))?.status).toBe('submitted')
    }
    finally {
      rmSync(hook)
    }
  }, 60_000)

  it('queues a step\'s e-mails in the step\'s transaction: a failure writing them leaves the step undone', async () => {
    const { outbox } = servers[0].tables
    const row = await saveDraft(servers[0], volunteerId, { kind: 'stop', slug: 'qian-xuesen-residence', locale: 'ru', fields: {}, body: 'Черновик.', position: null }, null)
    const failing = async () => {
      throw new Error('the mail could not be written')
    }
    await expect(markSubmitted(servers[0], row.id, volunteerId, row.revision, failing)).rejects.toThrow('could not be written')
    expect((await findSubmission(servers[1], row.id))?.status).toBe('draft')

    const queuedBefore = (await servers[0].db.select().from(outbox)).length
    await markSubmitted(servers[0], row.id, volunteerId, row.revision, studioNotices('submitted', servers[0].tables, first, 'https://walks.example.org'))
    const queued = await servers[1].db.select().from(outbox).where(eq(outbox.recipient, organiser.email))
    expect((await servers[0].db.select().from(outbox)).length).toBe(queuedBefore + 1)
    expect(queued.at(-1)?.text).toContain(`https://walks.example.org/studio/submissions/${row.id}`)
  })

  it('lets one server at a time hold a lease, frees it when its holder stops renewing, and says when waiting is over', async () => {
    const holding: string[] = []
    let overlapped = false
    const hold = (server: Database, name: string) => withLease(server, 'test lease', async () => {
      if (holding.length) overlapped = true
      holding.push(name)
      await new Promise(resolve => setTimeout(resolve, 30))
      holding.pop()
    })
    await Promise.all(Array.from({ length: 8 }, (_, n) => hold(servers[n % 2]!, `worker ${n}`)))
    expect(overlapped).toBe(false)

    // A server that died holding it: its lease runs out and the next one takes it.
    const { leases } = servers[0].tables
    await servers[0].transaction(tx => tx.insert(leases).values({ name: 'dead holder', holder: 'gone', expiresAt: new Date(Date.now() + 300) }))
    await expect(withLease(servers[1], 'dead holder', async () => 'taken', { waitMs: 5_000 })).resolves.toBe('taken')

    await servers[0].transaction(tx => tx.insert(leases).values({ name: 'held', holder: 'alive', expiresAt: new Date(Date.now() + 60_000) }))
    await expect(withLease(servers[1], 'held', async () => 'never', { waitMs: 300 })).rejects.toBeInstanceOf(LeaseBusy)
  })
})
