/** How long a request that arrives during start-up waits for it before being told to come back. */
const WAIT_MS = 10_000

/**
 * Until start-up is done (migrations, first-start setup; another server may hold their lock), a request
 * waits for it a little, then gets a 503 to retry: never an answer from a half-made database.
 */
export default defineEventHandler(async (event) => {
  if (databaseReady() || event.path === '/healthz' || event.path === '/readyz') return
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, WAIT_MS)
  })
  await Promise.race([useDatabase().catch(() => {}), late]).finally(() => clearTimeout(timer))
  if (databaseReady()) return
  setResponseHeader(event, 'retry-after', 1)
  throw apiError(503, 'notReady')
})
