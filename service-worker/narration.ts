import type { RouteHandlerCallback } from 'workbox-core'
import { createPartialResponse } from 'workbox-range-requests'
import { fromAnyCache } from './fromAnyCache'

/**
 * Narration comes from a downloaded walk when there is one, answering range requests from the cached file so
 * seeking works (Safari asks for every audio file in ranges); otherwise it streams from the network uncached.
 */
export const serveNarration: RouteHandlerCallback = async ({ request, url }) => {
  const cached = await fromAnyCache(url.origin + url.pathname)
  if (!cached) return fetch(request)
  return request.headers.has('range') ? createPartialResponse(request, cached) : cached
}
