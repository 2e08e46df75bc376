import type { H3Event } from 'h3'

/**
 * Nitro copies the whole runtime config and re-reads the environment for every request that asks
 * for it with `useRuntimeConfig(event)`, and @nuxtjs/i18n asks on every request. On Node the
 * environment does not change while the server runs, so API requests get the process-wide (frozen)
 * config instead: that copy was a quarter of the CPU time of a sign-up. Pages keep the per-request copy.
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig()
  nitroApp.hooks.beforeEach(({ name, args }) => {
    if (name !== 'request') return
    // Hookable passes the hook's name among the arguments; pick the request out.
    const event = (args as unknown[]).find(isEvent) as H3Event | undefined
    if (event?.path.startsWith('/api/')) event.context.nitro.runtimeConfig ??= shared
  })
})
