/**
 * Security headers on every response, refusals included (numbered to run before every other middleware);
 * a rendered page then lists its own inline scripts (pageScriptPolicy.ts).
 */
let policy: string | null = null

export default defineEventHandler((event) => {
  policy ??= contentSecurityPolicy()
  setResponseHeaders(event, {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    // Pages with a secret in their URL send none instead (2.privateAnswers.ts).
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'geolocation=(self), microphone=(self), camera=(self)',
  })
})
