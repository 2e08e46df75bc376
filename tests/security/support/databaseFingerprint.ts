import { createHash } from 'node:crypto'
import Sqlite from 'better-sqlite3'

/** Row count and a hash of every row of every table: equal fingerprints mean nothing was written. */
export type Fingerprint = Record<string, { rows: number, hash: string }>

export function databaseFingerprint(databaseFile: string): Fingerprint {
  const db = new Sqlite(databaseFile, { readonly: true })
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]
    return Object.fromEntries(tables.map(({ name }) => {
      const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all() as unknown[][]
      const lines = rows.map(row => JSON.stringify(row, (_key, value: unknown) => typeof value === 'bigint' ? String(value) : Buffer.isBuffer(value) ? value.toString('base64') : value)).sort()
      return [name, { rows: rows.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex') }]
    }))
  }
  finally {
    db.close()
  }
}

/**
 * Waits until no studio publish is still running: an approval answers at once and publishes in the
 * background, then records how that went, which would look like a write by whatever request came next.
 */
export async function backgroundPublishesSettled(databaseFile: string, timeoutMs = 60_000) {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    const db = new Sqlite(databaseFile, { readonly: true })
    let running: number
    try {
      running = (db.prepare(`SELECT count(*) AS n FROM submissions WHERE publish_state = 'running'`).get() as { n: number }).n
    }
    finally {
      db.close()
    }
    if (running === 0) return
    await new Promise(done => setTimeout(done, 100))
  }
  throw new Error('a studio publish was still running after a minute')
}
