type MaybeCoded = { code?: unknown, cause?: unknown, message?: unknown }

/** The driver's own error: Drizzle wraps it as `cause` of a "Failed query" error that also lists the parameters. */
export function driverError(error: unknown): MaybeCoded {
  let current = error as MaybeCoded
  while (current && typeof current === 'object' && current.cause && typeof current.cause === 'object') current = current.cause as MaybeCoded
  return current ?? {}
}

/** True when a write broke a unique index, on SQLite (better-sqlite3) or PostgreSQL (postgres-js, PGlite). */
export function isUniqueViolation(error: unknown): boolean {
  const { code } = driverError(error)
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}
