/**
 * Answers for one person are never kept by a browser, a proxy or the service worker (`no-store`), and
 * pages and answers reached with a secret in their URL (a personal link, an invite) send no referrer,
 * so the secret never leaves in a Referer header when a link on them is followed.
 */
const LOCALE = '(?:/[a-z]{2})?'
const PERSONAL = new RegExp(`^(?:/api/(?:signups|organiser|studio|invites|auth|_auth)(?:/|$)|/api/events/[^/]+/signups|${LOCALE}/(?:signup|organiser|studio|live)(?:/|$))`)
const SECRET_IN_URL = new RegExp(`^(?:/api/(?:signups|invites)/|${LOCALE}/(?:signup|live)/|${LOCALE}/studio/invite/)`)

export default defineEventHandler((event) => {
  const path = event.path.split('?')[0]!
  if (PERSONAL.test(path)) setResponseHeader(event, 'cache-control', 'no-store')
  if (SECRET_IN_URL.test(path)) setResponseHeader(event, 'referrer-policy', 'no-referrer')
})
