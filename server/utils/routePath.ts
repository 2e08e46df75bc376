import type { H3Event } from 'h3'

/** A request path as routes see it: no query, no repeated or trailing slashes, lower case. */
export function routePath(event: H3Event): string {
  const path = (event.path.split('?')[0] ?? '/').replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1')
  try {
    return decodeURIComponent(path).toLowerCase()
  }
  catch {
    return path.toLowerCase()
  }
}
