import { addPluginTemplate, defineNuxtModule } from 'nuxt/kit'

/**
 * Start-up in the browser is split into several tasks instead of a few long ones: a plugin at each of these
 * points ends the task, so a cheap phone can paint and answer a tap (scroll, a link) between the steps.
 * Measured with a 4× CPU slow-down on the home page, the steps were each 90–190 ms in one task.
 */
const YIELD_POINTS = [
  // After the entry's own evaluation, before the payload is revived and the router built (revive-payload is -30).
  { name: 'before-plugins', order: -35 },
  // After the router (-20), before vue-i18n is created and the messages are read (module plugins: 0).
  { name: 'after-router', order: -15 },
  // After every plugin, before Vue hydrates the page (ssg-detect, the last, is post: 20).
  { name: 'before-hydration', order: 25 },
]

export default defineNuxtModule({
  meta: { name: 'startup-yields' },
  setup(_options, nuxt) {
    if (nuxt.options.dev) return
    for (const { name, order } of YIELD_POINTS) {
      addPluginTemplate({
        filename: `startup-yield-${name}.client.mjs`,
        mode: 'client',
        order,
        getContents: () => [
          `import { defineNuxtPlugin } from '#app/nuxt'`,
          `import { yieldToMain } from '~/utils/yieldToMain'`,
          `export default defineNuxtPlugin({ name: 'citywalk:yield-${name}', order: ${order}, setup: () => yieldToMain() })`,
        ].join('\n'),
      })
    }
  },
})
