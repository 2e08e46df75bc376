import { defineNuxtModule } from 'nuxt/kit'

/**
 * Trims what a server-rendered page asks for before its first paint; see the two rules below.
 * Only the hints in the page change: the browser still loads every file a page needs when it renders it itself.
 */
export default defineNuxtModule({
  meta: { name: 'first-paint-manifest' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    nuxt.hook('build:manifest', (manifest) => {
      for (const chunk of Object.values(manifest)) {
        // Shared chunks (Rollup's, without a source file of their own) would each add a render-blocking stylesheet,
        // although `features.inlineStyles` already put the styles of every component the server rendered in the page.
        if (nuxt.options.features.inlineStyles && !chunk.src && !chunk.isEntry) chunk.css = []
        // Code loaded on request (the tile map, the QR scanner) is not fetched ahead while the page loads on a slow
        // connection; the service worker stores all of it for offline use once the page has loaded.
        chunk.prefetch = false
      }
    })
  },
})
