import type { H3Event } from 'h3'

/** IPv4 addresses reach Node as IPv4-mapped IPv6 (`::ffff:10.0.0.1`) on a dual-stack socket. */
function normaliseAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').toLowerCase()
}

/** Proxies whose X-Forwarded-For is believed (CITYWALK_TRUSTED_PROXIES, comma-separated addresses); none by default. */
const TRUSTED_PROXIES = new Set((process.env.CITYWALK_TRUSTED_PROXIES ?? '').split(',').map(entry => normaliseAddress(entry.trim())).filter(Boolean))

/**
 * The address a request came from, for rate limits. X-Forwarded-For is read only when the connection
 * itself comes from a configured proxy, and then from the right: the first address no trusted proxy
 * added is the client's, so an address a client writes into the header itself is never believed.
 */
export function clientAddress(event: H3Event): string {
  const peer = normaliseAddress(event.node.req.socket?.remoteAddress ?? 'unknown')
  if (!TRUSTED_PROXIES.has(peer)) return peer
  const forwarded = (getRequestHeader(event, 'x-forwarded-for') ?? '').split(',').map(part => normaliseAddress(part.trim())).filter(Boolean)
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!TRUSTED_PROXIES.has(forwarded[i]!)) return forwarded[i]!
  }
  return forwarded[0] ?? peer
}
