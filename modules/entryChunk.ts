import { defineNuxtModule } from 'nuxt/kit'
import type { Plugin } from 'vite'

/**
 * Everything the browser entry imports statically goes into one chunk beside it.
 * Rolldown (Vite 8) splits modules shared by the entry and a lazily loaded page into many small
 * common chunks, although the entry has always loaded them by then (rolldown/rolldown#10731; Rollup
 * kept them in the entry). On the student pages that was 37 scripts instead of 19 and 15 KB more
 * gzip, since each small file compresses on its own. Lazily loaded code (map, scanner, studio) stays apart.
 */
export default defineNuxtModule({
  meta: { name: 'entry-chunk' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    const loadedWithEntry = new Set<string>()
    const collectEntryClosure: Plugin = {
      name: 'citywalk:entry-closure',
      buildEnd() {
        loadedWithEntry.clear()
        const entries = [...this.getModuleIds()].filter(id => this.getModuleInfo(id)?.isEntry)
        const pending = entries.flatMap(id => this.getModuleInfo(id)?.importedIds ?? [])
        while (pending.length) {
          const id = pending.pop()!
          if (loadedWithEntry.has(id) || entries.includes(id)) continue
          loadedWithEntry.add(id)
          pending.push(...this.getModuleInfo(id)?.importedIds ?? [])
        }
      },
    }
    nuxt.hook('vite:extendConfig', (config, { isClient }) => {
      if (!isClient) return
      // Nuxt's client config always has both (see @nuxt/vite-builder's buildClient).
      config.plugins!.push(collectEntryClosure)
      const rolldown = (config.build!.rolldownOptions ??= {})
      // A new object: the one there may be shared with the server build's config.
      const output = Array.isArray(rolldown.output) ? rolldown.output[0] : rolldown.output
      rolldown.output = { ...output, codeSplitting: { groups: [{ name: 'app', test: (id: string) => loadedWithEntry.has(id) }] } }
    })
  },
})
