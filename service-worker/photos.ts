import type { RouteHandlerCallback } from 'workbox-core'
import { isVariantOf } from '../shared/offline/photoVariants'
import { fromAnyCache } from './fromAnyCache'

/** The first stored copy of the same photo at another width or format: a walk download keeps one. */
async function storedVariant(pathname: string): Promise<Response | undefined> {
  for (const name of await caches.keys()) {
    const cache = await caches.open(name)
    const stored = (await cache.keys()).find(request => isVariantOf(request.url, pathname))
    if (stored) return (await cache.match(stored)) ?? undefined
  }
  return undefined
}

/**
 * A stop photo: the exact file when stored, else from the network; with no connection, the copy of the
 * same photo a walk download stored (the browser picked a width for this screen, the download kept one).
 */
export const servePhoto: RouteHandlerCallback = async ({ request, url }) => {
  const exact = await fromAnyCache(url.origin + url.pathname)
  if (exact) return exact
  try {
    return await fetch(request)
  }
  catch (error) {
    const variant = await storedVariant(url.pathname)
    if (variant) return variant
    throw error
  }
}
