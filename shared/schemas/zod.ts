import { z } from 'zod'

// zod compiles fast validators with `new Function`, which the page's Content-Security-Policy refuses: in the
// browser every parse then tried, failed and fell back, and Chromium logged a CSP violation for each page.
if ('document' in globalThis) z.config({ jitless: true })

export { z }
