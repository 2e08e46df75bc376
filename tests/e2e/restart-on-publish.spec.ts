import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './support/fixtures'

const PORT = Number(process.env.E2E_RESTART_PORT || 3973)
const origin = `http://127.0.0.1:${PORT}`
const answers = () => fetch(`${origin}/api/walks`).then(r => r.ok, () => false)

// scripts/publish.mjs ends by sending SIGHUP to `npm start`; the server must come back on the new build.
test('npm start restarts the server when the publish command signals a new build', async () => {
  test.setTimeout(90_000)
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  const start = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...inherited, PORT: String(PORT), HOST: '127.0.0.1', SMTP_URL: '', CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-restart-')), 'db.sqlite') },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  start.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  try {
    await expect.poll(answers, { timeout: 30_000 }).toBe(true)
    start.kill('SIGHUP')
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Citywalk is restarting on the new build')
    await expect.poll(answers, { timeout: 30_000 }).toBe(true)
    expect(start.exitCode).toBeNull()
  }
  finally {
    const exited = new Promise(done => start.once('exit', done))
    start.kill('SIGTERM')
    await exited
  }
  expect(start.exitCode).toBe(0)
})
