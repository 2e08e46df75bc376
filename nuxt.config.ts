import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DEFAULT_LOCALE, LOCALES } from './i18n/registry'
import { STOP_TEXT_SANITISER } from './shared/markdown/stopTextSanitiser'
import { APP_SHELL_PATH } from './shared/offline/cacheNames'

export default defineNuxtConfig({
  modules: ['@nuxt/content', '@nuxtjs/i18n', '@nuxt/eslint', 'nuxt-auth-utils', '@vite-pwa/nuxt'],
  devtools: { enabled: false },

  app: {
    head: {
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1, viewport-fit=cover' },
        { name: 'theme-color', content: '#0f5132' },
        { name: 'color-scheme', content: 'light dark' },
      ],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  css: ['~/assets/css/main.css'],
  // Every component is written with <script setup>: Vue's Options API need not ship to the browser.
  vue: { optionsApi: false },

  content: {
    experimental: { sqliteConnector: 'better-sqlite3' },
    renderer: { anchorLinks: false },
    build: {
      markdown: {
        // Stop texts hold no code blocks: without a highlighter no shiki ships to the server or the browser.
        highlight: false,
        // Sanitised as the content is built, so the published HTML is safe without a sanitiser in the readers' pages.
        rehypePlugins: STOP_TEXT_SANITISER,
      },
    },
  },

  runtimeConfig: {
    // Organiser sessions: a sealed cookie (NUXT_SESSION_PASSWORD, 32+ characters) that expires after 12 hours.
    session: { maxAge: 60 * 60 * 12, password: '' },
    public: {
      /** Public origin for printed links (QR codes); empty: the origin the request came to. */
      siteUrl: '',
      /** Days after a group walk when its sign-ups' personal data is deleted (NUXT_PUBLIC_RETENTION_DAYS). */
      retentionDays: 30,
      // Map background, overridable at run time with NUXT_PUBLIC_MAP_* (see README, "Map tiles").
      map: {
        preset: 'osm',
        tileUrl: '',
        attribution: '',
        crs: '',
        tiandituKey: '',
        // Only for a tile host whose terms allow it: walk downloads then store the tiles along the route (zoom 14–17).
        allowPrefetch: false,
        // A self-hosted raster PMTiles archive (served with range requests); used instead of the preset when set.
        pmtilesUrl: '',
      },
    },
  },

  routeRules: {
    // Rendered without server-side content: the service worker serves it for pages it has not stored, and the app boots from it.
    [APP_SHELL_PATH]: { ssr: false },
    // Browsers must see a new service worker as soon as it is deployed.
    '/sw.js': { headers: { 'Cache-Control': 'no-cache' } },
    // A stop photo's name holds its content hash: a replaced photo has a new name.
    '/photos/**': { headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  },
  // Component styles go into the page itself: on a slow connection each separate stylesheet delays the first paint.
  features: { inlineStyles: true },
  experimental: {
    // The service worker tells a phone about a new version; the app manifest would be one more request and
    // route-rule matcher in every first load.
    appManifest: false,
    // A link's page code is fetched when the student points at or focuses the link, not for every link that
    // scrolls into view: on a slow phone those downloads and their script work came right after the first load.
    defaults: { nuxtLink: { prefetchOn: { visibility: false, interaction: true } } },
  },
  compatibilityDate: '2026-11-01',

  nitro: {
    compressPublicAssets: true,
    // scripts/publish.mjs builds beside the running site, then swaps the folders.
    ...(process.env.CITYWALK_BUILD_DIR ? { output: { dir: process.env.CITYWALK_BUILD_DIR } } : {}),
    // Bundled into the server so a deployed .output can migrate its database on first start.
    serverAssets: [{ baseName: 'migrations', dir: fileURLToPath(new URL('./server/db/migrations', import.meta.url)) }],
    // sharp's libc check (detect-libc) reads the running Node binary, so the file tracer copied the Node that ran the
    // build into `.output` (122 MB) whenever it lay inside the project (.tools/, as CI and `npm test` install it).
    externals: { traceOptions: { ignore: (path: string) => `/${path}` === realpathSync(process.execPath) } },
  },

  vite: {
  },

  typescript: {
    strict: true,
  },
  telemetry: false,

  eslint: {
    config: { stylistic: true },
  },

  i18n: {
    locales: LOCALES.map(({ code, language, name, dir }) => ({ code, language, name, dir, file: `${code}.json` })),
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'prefix_except_default',
    // Written as static files at build time so the service worker can keep every language for offline use.
    // One route per page for the five prefixed languages (`/:locale(zh|ko|…)/…`) instead of one per language:
    // the router the browser builds at start-up matches 40 routes rather than 119.
    experimental: { prerenderMessages: true, compactRoutes: true },
    // No <i18n-t>, <i18n-n>, <i18n-d> or v-t in the app: the global install of those need not ship.
    bundle: { fullInstall: false },
    // Set when the server starts, from NUXT_PUBLIC_SITE_URL (server/plugins/i18nBaseUrl.ts).
    baseUrl: '',
    detectBrowserLanguage: {
      useCookie: true,
      cookieKey: 'citywalk_locale',
      redirectOn: 'root',
      fallbackLocale: DEFAULT_LOCALE,
    },
  },

  pwa: {
    strategies: 'injectManifest',
    srcDir: 'service-worker',
    filename: 'sw.ts',
    // Registered by plugins/serviceWorker.client.ts; manifests are per language (server/routes/manifest).
    injectRegister: false,
    manifest: false,
    client: { registerPlugin: false },
    injectManifest: {
      globPatterns: ['_nuxt/**/*.{js,css}', '_i18n/**/messages.json', 'icons/*.png', 'favicon.svg'],
      additionalManifestEntries: [{ url: APP_SHELL_PATH, revision: String(Date.now()) }],
    },
  },
})
