/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies'
import { ExpirationPlugin } from 'workbox-expiration'
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { APP_SHELL_PATH, DATA_CACHE, PAGES_CACHE, TILES_CACHE } from '../shared/offline/cacheNames'
import { FRESH_HEADER, isCachedDataPath, isPrivatePage } from '../shared/offline/cachedRoutes'
import { serveNarration } from './narration'
import { servePhoto } from './photos'
import { fromAnyCache } from './fromAnyCache'
import { storeLanguagePack } from './languagePack'

declare let self: ServiceWorkerGlobalScope

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// A new version waits until the user taps "update": the app never reloads itself.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting()
  if (event.data?.type === 'STORE_PAGE') {
    event.waitUntil(storePage(String(event.data.url)).then(() => event.ports[0]?.postMessage(true)))
  }
  const locale = String(event.data?.locale ?? '')
  if (event.data?.type === 'STORE_LANGUAGE_PACK' && /^[a-z]{2}$/.test(locale)) {
    const fetchContent = (path: string) => contentStrategy.handle({ event, request: new Request(new URL(path, self.location.origin)) })
    event.waitUntil(storeLanguagePack(locale, fetchContent).then(() => true, () => false).then(done => event.ports[0]?.postMessage(done)))
  }
})

/** Stores a page as a navigation would, answering the message once done. */
async function storePage(url: string) {
  if (new URL(url).origin !== self.location.origin || isPrivatePage(new URL(url).pathname)) return
  const response = await fetch(url, { credentials: 'same-origin' }).catch(() => null)
  if (response?.ok) await (await caches.open(PAGES_CACHE)).put(url, response)
}
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()))

// A weak signal should not keep a student staring at a blank page: after 4 s the saved copy is shown.
const NETWORK_TIMEOUT_S = 4

// Studio pages go to the network only; with no connection the app shell opens and says what is missing.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && isPrivatePage(url.pathname),
  new NetworkOnly({ plugins: [{ handlerDidError: async () => matchPrecache(APP_SHELL_PATH) }] }),
)

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_S,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 200 }),
      { handlerDidError: async ({ request }) => (await fromAnyCache(request)) ?? (await matchPrecache(APP_SHELL_PATH)) },
    ],
  }),
)

const contentStrategy = new NetworkFirst({
  cacheName: DATA_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ maxEntries: 300 }),
    { handlerDidError: async ({ request }) => fromAnyCache(request) },
  ],
})
registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin && isCachedDataPath(url.pathname)
    && !request.headers.has(FRESH_HEADER),
  contentStrategy,
)

registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/narration/'), serveNarration)
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/photos/'), servePhoto)

// The app shell asks who is signed in; with no connection the honest answer is "nobody", not a failed request.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === '/api/_auth/session',
  new NetworkOnly({ plugins: [{ handlerDidError: async () => Response.json({}) }] }),
)

// Map tiles from the configured tile host: kept in a bounded cache (OpenStreetMap asks for at least 7 days), never prefetched here.
registerRoute(
  ({ request, url }) => request.destination === 'image' && url.origin !== self.location.origin,
  new CacheFirst({
    cacheName: TILES_CACHE,
    plugins: [
      new CacheableResponsePlugin({ statuses: [0, 200] }),
      new ExpirationPlugin({ maxEntries: 600, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
      { handlerDidError: async ({ request }) => fromAnyCache(request) },
    ],
  }),
)
