// Runs the studio's publish command after an approval's commit and records how it ended in the
// database itself: the command may restart the server that started it (scripts/publish.mjs does),
// so that server cannot be the one to record the end. Usage (by the server):
//   CITYWALK_PUBLISH_COMMAND="…" node scripts/publishStep.mjs <submission id>
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const [submissionId] = process.argv.slice(2)
const command = process.env.CITYWALK_PUBLISH_COMMAND
if (!submissionId || !command) {
  console.error('usage: CITYWALK_PUBLISH_COMMAND="…" node scripts/publishStep.mjs <submission id>')
  process.exit(2)
}

const run = spawnSync(command, { shell: true, stdio: 'inherit' })
const state = run.status === 0 ? 'done' : 'failed'
console.log(`[publish] ${new Date().toISOString()} ${state}`)
await recordPublishState(submissionId, state)

/** The same database the server uses (server/db/open.ts): PostgreSQL when DATABASE_URL says so, else the SQLite file. */
async function recordPublishState(id, end) {
  const url = process.env.DATABASE_URL
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const { default: postgres } = await import('postgres')
    const sql = postgres(url, { max: 1 })
    try {
      await sql`UPDATE submissions SET publish_state = ${end} WHERE id = ${id} AND publish_state = 'running'`
    }
    finally {
      await sql.end()
    }
    return
  }
  const { default: Sqlite } = await import('better-sqlite3')
  const db = new Sqlite(resolve(process.env.CITYWALK_DATABASE_FILE || '.data/citywalk.sqlite'))
  try {
    db.pragma('busy_timeout = 10000')
    db.prepare('UPDATE submissions SET publish_state = ? WHERE id = ? AND publish_state = \'running\'').run(end, id)
  }
  finally {
    db.close()
  }
}
