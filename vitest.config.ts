import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Nuxt's alias for shared/, which client code (utils/) imports by.
  resolve: { alias: { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/unit/db/postgresSetup.ts'],
    // Other builds share this 2-core machine: PGlite start-ups and tsx runs can take well over the 5 s / 10 s defaults.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
