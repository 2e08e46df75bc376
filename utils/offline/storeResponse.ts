import { FRESH_HEADER } from '#shared/offline/cachedRoutes'

/** Records the stored size, so a refresh can tell a changed file (same URL, new recording) from a kept one. */
export const STORED_BYTES_HEADER = 'x-citywalk-bytes'

/** Headers worth keeping on a stored copy: the body is stored decoded, so length and encoding would lie. */
const KEPT_HEADERS = ['content-type', 'last-modified', 'etag']

/**
 * Fetches one URL and stores it in a cache, reporting bytes as they arrive so a slow download still moves
 * the progress bar. Cross-origin map tiles are fetched opaque (as the map's <img> would) and count as one step;
 * `respond`, when given, answers instead of the network (a tile read out of a PMTiles archive).
 */
export async function storeResponse(cache: Cache, url: string, onBytes: (bytes: number) => void, signal: AbortSignal,
  respond?: (url: string, signal: AbortSignal) => Promise<Response>): Promise<void> {
  const crossOrigin = new URL(url, location.href).origin !== location.origin
  const response = respond
    ? await respond(url, signal)
    : await fetch(url, crossOrigin ? { signal, mode: 'no-cors' } : { signal, cache: 'no-store', headers: { [FRESH_HEADER]: '1' } })
  if (response.type === 'opaque') {
    await cache.put(url, response)
    return
  }
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`)

  const chunks: Uint8Array[] = []
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    onBytes(value.byteLength)
  }
  const headers = new Headers()
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name)
    if (value) headers.set(name, value)
  }
  const body = new Blob(chunks as BlobPart[])
  headers.set(STORED_BYTES_HEADER, String(body.size))
  await cache.put(url, new Response(body, { status: 200, headers }))
}
