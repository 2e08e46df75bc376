import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { createWriteQueue } from '../../../server/db/sqliteWrites'

const dir = mkdtempSync(join(tmpdir(), 'citywalk-writes-'))

function openCounter(name: string) {
  const client = new Sqlite(join(dir, name))
  client.pragma('journal_mode = WAL')
  client.exec('CREATE TABLE items (n INTEGER PRIMARY KEY)')
  return client
}

describe('SQLite write queue with group commit', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('commits the jobs that succeed and undoes only the ones that fail, when many run together', async () => {
    const client = openCounter('mixed.sqlite')
    const write = createWriteQueue(client)
    const insert = client.prepare('INSERT INTO items (n) VALUES (?)')
    const outcomes = await Promise.allSettled(Array.from({ length: 300 }, (_, n) => write(async () => {
      insert.run(n)
      await Promise.resolve()
      if (n % 3 === 0) throw new Error(`job ${n} refused`)
      return n
    })))
    const stored = (client.prepare('SELECT n FROM items ORDER BY n').all() as { n: number }[]).map(row => row.n)
    expect(stored).toEqual(Array.from({ length: 300 }, (_, n) => n).filter(n => n % 3 !== 0))
    expect(outcomes.filter(o => o.status === 'rejected')).toHaveLength(100)
    expect(outcomes[1]).toEqual({ status: 'fulfilled', value: 1 })
    expect(client.inTransaction).toBe(false)
    client.close()
  })

  it('fails the waiting jobs, not the queue, when another process holds the database', async () => {
    const client = openCounter('busy.sqlite')
    client.pragma('busy_timeout = 50')
    const other = new Sqlite(join(dir, 'busy.sqlite'))
    const write = createWriteQueue(client)
    const insert = client.prepare('INSERT INTO items (n) VALUES (?)')
    other.exec('BEGIN IMMEDIATE')
    await expect(write(async () => insert.run(1))).rejects.toThrow(/locked|busy/i)
    other.exec('ROLLBACK')
    await write(async () => insert.run(2))
    expect(client.prepare('SELECT n FROM items').all()).toEqual([{ n: 2 }])
    other.close()
    client.close()
  })

  it('answers nobody before their writes are committed and visible to another connection', async () => {
    const client = openCounter('visible.sqlite')
    const reader = new Sqlite(join(dir, 'visible.sqlite'), { readonly: true })
    const write = createWriteQueue(client)
    const insert = client.prepare('INSERT INTO items (n) VALUES (?)')
    const seen = await Promise.all(Array.from({ length: 50 }, (_, n) => write(async () => {
      insert.run(n)
    }).then(() => (reader.prepare('SELECT count(*) AS c FROM items WHERE n = ?').get(n) as { c: number }).c)))
    expect(seen).toEqual(Array.from({ length: 50 }, () => 1))
    reader.close()
    client.close()
  })
})
