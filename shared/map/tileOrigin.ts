/**
 * The origin a tile URL template loads from, as a Content-Security-Policy source: a `{s}`
 * subdomain placeholder becomes a wildcard label (`https://{s}.tile.example` → `https://*.tile.example`).
 */
export function tileOriginSource(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/.exec(template)
  if (!match) return null
  const labels = match[2]!.split('.')
  // CSP allows a wildcard only as the leftmost label.
  if (labels.slice(1).some(label => label.includes('{'))) return null
  const host = labels.map((label, i) => (i === 0 && label.includes('{') ? '*' : label)).join('.')
  return `${match[1]}://${host}`
}
