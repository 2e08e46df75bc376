/** Until start-up is done (another server may hold the migration lock), requests get a 503 to retry, not a half-made answer. */
export default defineEventHandler((event) => {
  if (databaseReady() || event.path === '/healthz' || event.path === '/readyz') return
  setResponseHeader(event, 'retry-after', 1)
  throw apiError(503, 'notReady')
})
