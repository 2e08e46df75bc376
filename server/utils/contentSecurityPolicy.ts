import { resolveTileSource, type MapRuntimeConfig } from '../../shared/map/tileSources'
import { tileOriginSource } from '../../shared/map/tileOrigin'

let tiles: string | null | undefined

/**
 * The Content-Security-Policy: scripts, styles, audio and data only from this server, plus images (and
 * fetches, for offline use) from the configured map tile host. Inline scripts only by their hashes
 * (a rendered page lists its own, pageScriptPolicy.ts); no inline event handlers at all.
 */
export function contentSecurityPolicy(scriptHashes: string[] = []): string {
  if (tiles === undefined) tiles = tileOriginSource(resolveTileSource(useRuntimeConfig().public.map as MapRuntimeConfig).url)
  return [
    `default-src 'self'`,
    `script-src 'self'${scriptHashes.map(hash => ` ${hash}`).join('')}`,
    `script-src-attr 'none'`,
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
