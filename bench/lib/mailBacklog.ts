import Sqlite from 'better-sqlite3'

/** Sign-up e-mails queued but not yet written, read from the server's SQLite file beside it (WAL allows it). */
export function unwrittenMailCount(file: string): number {
  const db = new Sqlite(file, { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM outbox WHERE pending_kind IS NOT NULL').get() as { n: number }).n
  }
  finally {
    db.close()
  }
}

/** Waits until every queued e-mail is written (or `timeoutMs` passes); returns the seconds it took and what is left. */
export async function waitForMailWritten(file: string, timeoutMs = 120_000): Promise<{ seconds: number, left: number }> {
  const started = performance.now()
  let left = unwrittenMailCount(file)
  while (left > 0 && performance.now() - started < timeoutMs) {
    await new Promise(resolve => setTimeout(resolve, 100))
    left = unwrittenMailCount(file)
  }
  return { seconds: Number(((performance.now() - started) / 1000).toFixed(1)), left }
}
