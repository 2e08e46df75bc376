/**
 * Message namespaces only the server uses (e-mails): the browser's messages leave them out, a tenth of what a
 * phone downloads and reads for its language. `npm run i18n:check` fails if a page uses one of these keys.
 */
export const SERVER_ONLY_NAMESPACES = ['email'] as const
