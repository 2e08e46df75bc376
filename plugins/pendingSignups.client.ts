import type { PendingSignup } from '~/utils/offline/pendingSignups'
import { PENDING_SIGNUPS_KEY } from '~/utils/offline/storageKeys'

/**
 * Sign-ups kept while offline are sent as soon as the app runs with a connection, from whatever page is
 * open. The sending code loads only on phones that have one waiting.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const hasPending = () => ((JSON.parse(localStorage.getItem(PENDING_SIGNUPS_KEY) ?? '[]') as PendingSignup[]).some(p => !p.outcome))
  const send = async () => {
    if (!navigator.onLine || !hasPending()) return
    const { sendPendingSignups } = await import('~/utils/offline/pendingSignups')
    await sendPendingSignups()
  }
  // After hydration: a form must first match the server's HTML, then switch to "will be sent".
  nuxtApp.hooks.hookOnce('app:suspense:resolve', () => void send())
  window.addEventListener('online', () => void send())
  // A weak signal can drop a request without the phone ever reporting "offline": try again now and then.
  setInterval(() => void send(), 30_000)
})
