import type Sqlite from 'better-sqlite3'

interface Job {
  work: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

const MAX_BATCH = 256
/** Longest stretch of queued work between two turns of the event loop. */
const SLICE_MS = 5
/** Callers answered per turn: each runs its own follow-up (the HTTP answer, e-mail) at once. */
const ANSWERS_PER_TURN = 8

// SQLite answers queries at once, so awaiting them never lets Node read a socket. Node accepts about
// one new connection per turn of its event loop: long turns under a rush left new connections
// waiting seconds for their first answer. The queue gives the loop a turn every few milliseconds.
const nextTurn = () => new Promise(resolve => setImmediate(resolve))

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
    const answers: (() => void)[] = []
    try {
      // Busy (another process writing) past busy_timeout: the batch fails, the queue goes on.
      client.exec('BEGIN IMMEDIATE')
      let sliceStart = performance.now()
      for (const job of batch) {
        answers.push(await runJob(job))
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTurn()
          sliceStart = performance.now()
        }
      }
      client.exec('COMMIT')
    }
    catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK')
      for (const job of batch) job.reject(error)
      return
    }
    for (let start = 0; start < answers.length; start += ANSWERS_PER_TURN) {
      for (const answer of answers.slice(start, start + ANSWERS_PER_TURN)) answer()
      await nextTurn()
    }
  }

  async function drain() {
    try {
      while (pending.length > 0) await runBatch(pending.splice(0, MAX_BATCH))
    }
    finally {
      running = false
    }
  }

  return <T>(work: () => Promise<T>): Promise<T> => new Promise<T>((resolve, reject) => {
    pending.push({ work, resolve: resolve as (value: unknown) => void, reject })
    if (!running) {
      running = true
      void drain()
    }
  })
}
