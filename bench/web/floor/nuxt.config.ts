import { defineNuxtConfig } from 'nuxt/config'
import { join } from 'node:path'
import { DEFAULT_LOCALE, LOCALES } from '../../../i18n/registry'

// The framework floor of bench:web: the stack the app must use (Nuxt, Vue, its router, @nuxtjs/i18n with the six
// languages) with the app's own build settings and one page of nothing. Built by bench/web/run.ts into a temp folder.
const out = process.env.CITYWALK_FLOOR_DIR ?? join(import.meta.dirname, '.floor')

export default defineNuxtConfig({
  modules: ['@nuxtjs/i18n', '../../../modules/entryChunk', '../../../modules/precompiledMessages', '../../../modules/firstPaintManifest'],
  devtools: { enabled: false },
  vue: { optionsApi: false },
  buildDir: join(out, '.nuxt'),
  features: { inlineStyles: true },
  experimental: { appManifest: false },
  compatibilityDate: '2026-11-01',
  nitro: { output: { dir: join(out, 'output') } },
  telemetry: false,
  i18n: {
    locales: LOCALES.map(({ code, language, name, dir }) => ({ code, language, name, dir, file: `${code}.json` })),
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'prefix_except_default',
    experimental: { prerenderMessages: true, compactRoutes: true },
    bundle: { fullInstall: false },
  },
})
