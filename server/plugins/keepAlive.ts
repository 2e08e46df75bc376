import type { Server } from 'node:http'

/** Longer than the idle time of common clients and proxies (60 s), so that they, not we, close idle connections. */
const KEEP_ALIVE_MS = 65_000

/**
 * Node closes an idle keep-alive connection after 5 s. A client that reuses it at that moment (a phone
 * on a slow link, a proxy, a test runner) sees its request reset, a request it never got an answer to.
 * Nitro creates the HTTP server out of reach of plugins: its first request hands it over.
 */
export default defineNitroPlugin((nitroApp) => {
  let done = false
  nitroApp.hooks.hook('request', (event) => {
    if (done) return
    const server = (event.node.req.socket as { server?: Server } | undefined)?.server
    if (!server) return
    server.keepAliveTimeout = KEEP_ALIVE_MS
    // Must exceed the keep-alive time, or a slow request's headers could be cut off first.
    server.headersTimeout = KEEP_ALIVE_MS + 1_000
    done = true
  })
})
