import { loadPendingSignups, pendingSignups, sendPendingSignups } from '~/utils/offline/pendingSignups'

/** Sign-ups kept while offline are sent as soon as the app runs with a connection, from whatever page is open. */
export default defineNuxtPlugin((nuxtApp) => {
  const send = () => {
    if (navigator.onLine) void sendPendingSignups()
  }
  // After hydration: the form must first match the server's HTML, then switch to "will be sent".
  nuxtApp.hooks.hookOnce('app:suspense:resolve', () => {
    loadPendingSignups()
    send()
  })
  window.addEventListener('online', send)
  // A weak signal can drop a request without the phone ever reporting "offline": try again now and then.
  setInterval(() => {
    if (pendingSignups.value.some(p => !p.outcome)) send()
  }, 30_000)
})
