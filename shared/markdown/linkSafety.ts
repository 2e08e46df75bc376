/** Schemes a link in a stop text may use; anything else (javascript:, data:, vbscript:…) could run script. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const

/**
 * Whether a link starts with an allowed scheme exactly as the sanitiser compares it: lower case, no hidden
 * characters, so a link the check lets through is never one the rendered page drops.
 */
export function hasAllowedScheme(url: string): boolean {
  return LINK_SCHEMES.some(scheme => url.startsWith(`${scheme}:`))
}

/** Any control characters: browsers drop tabs and newlines from inside a URL, so `java\tscript:` still runs. */
const HIDDEN = '[\\u0000-\\u001F\\u007F]*'
const SCRIPT_URL = new RegExp(['javascript:', 'vbscript:', 'data:text/html'].map(word => [...word].join(HIDDEN)).join('|'), 'i')

/** The first script URL in a text, also one split by hidden characters, up to 40 characters; null when there is none. */
export function scriptUrlIn(text: string): string | null {
  const found = SCRIPT_URL.exec(text)
  return found ? text.slice(found.index, found.index + 40) : null
}
