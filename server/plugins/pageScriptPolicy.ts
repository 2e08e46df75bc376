/**
 * A page's Content-Security-Policy admits exactly its own inline scripts, by hash: Nuxt writes its
 * config and import map inline, and the loader of appScriptsAfterPaint is inline. Hashes rather than
 * nonces, because the service worker keeps pages and serves them again.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const page = [...html.head, ...html.bodyPrepend, ...html.body, ...html.bodyAppend].join('')
    setResponseHeader(event, 'content-security-policy', contentSecurityPolicy(inlineScriptHashes(page)))
  })
  // The renderer names the framework on every page; nothing an attacker needs to be told.
  nitroApp.hooks.hook('render:response', (response) => {
    if (response.headers) delete response.headers['x-powered-by']
  })
})
