import { browserMessages } from '../utils/browserMessages'

// @nuxtjs/i18n's messages route: /_i18n/<hash>/<locale>/messages.json (written as files at build time).
const MESSAGES_ROUTE = /^\/_i18n\/[^/]+\/[^/]+\/messages\.json$/

/**
 * The messages the browser loads come precompiled (its bundle has no message compiler, see
 * modules/precompiledMessages.ts) and without the e-mails' texts. Only the route's own answer is rewritten;
 * the files written from it at build time are served as they are (compressed, so never touched here).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    if (!MESSAGES_ROUTE.test(event.path.split('?')[0]!) || getResponseHeader(event, 'content-encoding')) return
    const body = typeof response.body === 'string' ? JSON.parse(response.body) as unknown : response.body
    const forTheBrowser = browserMessages(body)
    if (forTheBrowser !== body) response.body = JSON.stringify(forTheBrowser)
  })
})
