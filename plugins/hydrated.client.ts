/** Marks the document once hydration is complete, so browser tests never type into a form Vue is about to reset. */
export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.hooks.hookOnce('app:suspense:resolve', () => {
    document.documentElement.dataset.hydrated = 'true'
  })
})
