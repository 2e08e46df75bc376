import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'
import { makeStudioWorkspace } from '../../support/studioWorkspace'

const ROOT = join(import.meta.dirname, '..', '..', '..')

export const OWNER = { email: 'owner@example.org', password: 'owner organiser password' }
export const OTHER_ORGANISER = { email: 'other@example.org', password: 'other organiser password', name: 'Other Organiser' }
export const VOLUNTEER = { email: 'volunteer@example.org', password: 'volunteer password long', name: 'Vera Volunteer' }

export interface Mail { to: string[], subject: string, text: string, html: string, attachments: { filename: string, content: string }[] }

/** A built server of a test file's own: its own SQLite file, studio checkout, SMTP capture and port. */
export interface AppUnderTest {
  origin: string
  databaseFile: string
  studioRoot: string
  /** Every message the server has sent so far, oldest first. */
  mail: Mail[]
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    }).on('error', reject)
  })
}

/** Starts `.output/server/index.mjs` (run `npm run build` first) with a real SMTP server capturing its mail. */
export async function startAppUnderTest(env: Record<string, string> = {}): Promise<AppUnderTest> {
  const mail: Mail[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        const to = Array.isArray(parsed.to) ? parsed.to.flatMap(a => a.value) : parsed.to?.value ?? []
        mail.push({
          to: to.map(a => a.address ?? ''),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          attachments: parsed.attachments.map(a => ({ filename: a.filename ?? '', content: a.content.toString('utf8') })),
        })
        callback()
      }, callback)
    },
  })
  // A server stopped mid-send drops its connection: expected, and it must not throw in the test process.
  smtp.on('error', () => {})
  const smtpPort = await freePort()
  await new Promise<void>(resolve => smtp.listen(smtpPort, '127.0.0.1', resolve))

  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const dataDir = mkdtempSync(join(tmpdir(), 'citywalk-security-'))
  const databaseFile = join(dataDir, 'security.sqlite')
  const workspace = makeStudioWorkspace()
  // A test runner's loader hooks must not leak into the server.
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  const server = spawn(process.execPath, [join(ROOT, '.output', 'server', 'index.mjs')], {
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      NUXT_PUBLIC_SITE_URL: origin,
      NUXT_PUBLIC_MAP_TILE_URL: `${origin}/no-tiles/{z}/{x}/{y}.png`,
      NUXT_STUDIO_ROOT: workspace.root,
      CITYWALK_DATABASE_FILE: databaseFile,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      CITYWALK_SIGNUP_RATE_PER_MINUTE: '100000',
      CITYWALK_LOGIN_RATE_PER_MINUTE: '100000',
      CITYWALK_ADMIN_EMAIL: OWNER.email,
      CITYWALK_ADMIN_PASSWORD: OWNER.password,
      NUXT_SESSION_PASSWORD: 'security-suite-session-password-at-least-32-characters',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let serverErrors = ''
  server.stderr!.on('data', (chunk: Buffer) => {
    serverErrors += chunk.toString()
  })
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise(done => server.once('exit', done))
      server.kill()
      await exited
    }
    await new Promise<void>(done => smtp.close(() => done()))
    workspace.dispose()
    rmSync(dataDir, { recursive: true, force: true })
  }
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    if (await fetch(`${origin}/api/walks`).then(r => r.ok, () => false)) {
      await addAccounts(databaseFile)
      return { origin, databaseFile, studioRoot: workspace.root, mail, stop }
    }
    await new Promise(done => setTimeout(done, 200))
  }
  await stop()
  throw new Error(`server on ${origin} did not start: ${serverErrors}`)
}

/** The second organiser and the volunteer, added as `npm run user` adds them. */
async function addAccounts(databaseFile: string) {
  const { openDatabaseFromEnv } = await import('../../../server/db/open')
  const { addUser } = await import('../../../server/db/userStore')
  const database = await openDatabaseFromEnv({ CITYWALK_DATABASE_FILE: databaseFile })
  try {
    await addUser(database, { ...OTHER_ORGANISER, role: 'organiser' })
    await addUser(database, { ...VOLUNTEER, role: 'volunteer' })
  }
  finally {
    await database.close()
  }
}
