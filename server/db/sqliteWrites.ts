import type Sqlite from 'better-sqlite3'

interface Job {
  work: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

const MAX_BATCH = 256

/**
 * Write transactions on the one SQLite connection, in arrival order, with group commit: the jobs
 * that queued up while a commit was running run next as savepoints inside one transaction and are
 * committed together. A job that fails rolls back only its own savepoint; nobody hears of success
 * before the COMMIT that holds their writes. Under light load every job is its own transaction.
 */
export function createWriteQueue(client: Sqlite.Database) {
  const pending: Job[] = []
  let running = false

  async function runJob(job: Job): Promise<() => void> {
    client.exec('SAVEPOINT job')
    try {
      const value = await job.work()
      client.exec('RELEASE job')
      return () => job.resolve(value)
    }
    catch (error) {
      client.exec('ROLLBACK TO job')
      client.exec('RELEASE job')
      return () => job.reject(error)
    }
  }

  async function runBatch(batch: Job[]) {
    client.exec('BEGIN IMMEDIATE')
    const settle: (() => void)[] = []
    try {
      for (const job of batch) settle.push(await runJob(job))
      client.exec('COMMIT')
    }
    catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK')
      for (const job of batch) job.reject(error)
      return
    }
    for (const done of settle) done()
  }

  async function drain() {
    while (pending.length > 0) {
      const batch = pending.splice(0, MAX_BATCH)
      await runBatch(batch)
    }
    running = false
  }

  return <T>(work: () => Promise<T>): Promise<T> => new Promise<T>((resolve, reject) => {
    pending.push({ work, resolve: resolve as (value: unknown) => void, reject })
    if (!running) {
      running = true
      void drain()
    }
  })
}
