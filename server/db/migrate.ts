/**
 * Applies the SQL migrations drizzle-kit generated (server/db/migrations/<dialect>/), in journal
 * order, each once. Our own small runner, so both dialects and the bundled server share it.
 */
export interface Migration {
  tag: string
  sql: string
}

export interface MigrationTarget {
  exec: (statement: string) => Promise<void>
  appliedTags: () => Promise<string[]>
  record: (tag: string) => Promise<void>
}

export async function applyMigrations(target: MigrationTarget, migrations: readonly Migration[]): Promise<string[]> {
  const applied = new Set(await target.appliedTags())
  const done: string[] = []
  for (const migration of migrations) {
    if (applied.has(migration.tag)) continue
    for (const statement of migration.sql.split('--> statement-breakpoint')) {
      if (statement.trim()) await target.exec(statement)
    }
    await target.record(migration.tag)
    done.push(migration.tag)
  }
  return done
}

/** Reads drizzle-kit's journal and files through `read` (the file system in scripts, server assets in Nitro). */
export async function loadMigrations(read: (path: string) => Promise<string>): Promise<Migration[]> {
  const journal = JSON.parse(await read('meta/_journal.json')) as { entries: { idx: number, tag: string }[] }
  const entries = [...journal.entries].sort((a, b) => a.idx - b.idx)
  return Promise.all(entries.map(async ({ tag }) => ({ tag, sql: await read(`${tag}.sql`) })))
}
