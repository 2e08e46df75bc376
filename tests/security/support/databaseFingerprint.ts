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
