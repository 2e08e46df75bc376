/**
 * The origin links in e-mails and QR codes point to: only ever the configured one
 * (NUXT_PUBLIC_SITE_URL), never a request's Host or X-Forwarded-Host, which anyone can forge.
 * Null when none is configured: links are then held back rather than guessed.
 */
export function publicOrigin(): string | null {
  return parseOrigin(useRuntimeConfig().public.siteUrl)
}

/** An http(s) URL without its trailing slash (a path is kept: the app may live under one), else null. */
export function parseOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  }
  catch {
    return null
  }
}

/** Thrown where a link must be written and no public origin is configured. */
export class NoPublicOrigin extends Error {
  constructor() {
    super('NUXT_PUBLIC_SITE_URL is not set: links to this site cannot be written')
  }
}

/** The configured origin, or a refusal that says what to set. */
export function requirePublicOrigin(): string {
  const origin = publicOrigin()
  if (!origin) throw new NoPublicOrigin()
  return origin
}
