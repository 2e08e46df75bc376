import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The adversarial suite: each file starts a built server of its own (run `npm run build` first).
export default defineConfig({
  resolve: { alias: { '#shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: ['tests/security/**/*.test.ts'],
    environment: 'node',
    // Two cores: one server per file, two files at a time.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
