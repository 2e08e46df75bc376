/** Readiness: start-up done (migrations, first-start setup) and the database answering now. */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'cache-control', 'no-store')
  if (!databaseReady()) throw apiError(503, 'notReady')
  try {
    const database = await useDatabase()
    await database.db.select({ id: database.tables.users.id }).from(database.tables.users).limit(1)
  }
  catch {
    throw apiError(503, 'notReady')
  }
  return { status: 'ready' }
})
