import { defineNuxtModule } from 'nuxt/kit'
import type { Plugin } from 'vite'

/**
 * The browser gets its messages precompiled (server/plugins/precompiledMessages.ts), so vue-i18n's message
 * compiler (17 KB of the first load, and compiling each message on first use) stays on the server, which
 * still compiles what it renders.
 */
export default defineNuxtModule({
  meta: { name: 'precompiled-messages' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    // A plugin's config hook, run last: @intlify/unplugin-vue-i18n sets the same flag from its own options in its
    // config hook, which runs after vite:extendConfig.
    const dropCompiler: Plugin = {
      name: 'citywalk:precompiled-messages',
      enforce: 'post',
      config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } }),
    }
    nuxt.hook('vite:extendConfig', (config, { isClient }) => {
      if (isClient) config.plugins!.push(dropCompiler)
    })
  },
})
