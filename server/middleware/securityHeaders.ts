import { resolveTileSource, type MapRuntimeConfig } from '../../shared/map/tileSources'
import { tileOriginSource } from '../../shared/map/tileOrigin'

let policy: string | null = null

/**
 * Security headers on every response. The Content-Security-Policy admits scripts, styles, audio and
 * data only from this server, plus images (and fetches, for offline use) from the configured map tile host.
 * 'unsafe-inline' remains for scripts because Nuxt writes its runtime config inline.
 */
function contentSecurityPolicy(): string {
  const tiles = tileOriginSource(resolveTileSource(useRuntimeConfig().public.map as MapRuntimeConfig).url)
  return [
    `default-src 'self'`,
    `script-src 'self' 'unsafe-inline'`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ''}`,
    `media-src 'self' blob:`,
    // The service worker fetches tiles for the map, and walk downloads store the route's tiles.
    `connect-src 'self'${tiles ? ` ${tiles}` : ''}`,
    `font-src 'self'`,
    `worker-src 'self'`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ')
}

export default defineEventHandler((event) => {
  policy ??= contentSecurityPolicy()
  setResponseHeaders(event, {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    // Pages with a secret in their URL have set `no-referrer` already (privateAnswers.ts).
    'referrer-policy': String(getResponseHeader(event, 'referrer-policy') ?? 'strict-origin-when-cross-origin'),
    'x-frame-options': 'DENY',
    'permissions-policy': 'geolocation=(self), microphone=(self), camera=(self)',
  })
})
