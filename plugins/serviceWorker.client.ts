import { Workbox } from 'workbox-window'

/**
 * Registers the service worker. A new version waits until the user accepts the "update available" prompt:
 * the page is reloaded only then, never on its own.
 */
export default defineNuxtPlugin(() => {
  const updateReady = useState('sw-update-ready', () => false)
  if (import.meta.dev || !('serviceWorker' in navigator)) return { provide: { applyUpdate: () => {} } }

  const workbox = new Workbox('/sw.js', { scope: '/' })
  workbox.addEventListener('waiting', () => {
    updateReady.value = true
  })
  // The page that installed the service worker loaded before it could be stored: store it now, so a first
  // visit that ends in a tunnel still reopens.
  workbox.addEventListener('controlling', (event) => {
    if (!event.isUpdate) void workbox.messageSW({ type: 'STORE_PAGE', url: location.href })
  })
  void workbox.register()

  // Long walks keep one page open for hours: look for a new version whenever the app comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) void workbox.update()
  })

  function applyUpdate() {
    workbox.addEventListener('controlling', () => window.location.reload())
    workbox.messageSkipWaiting()
  }
  return { provide: { applyUpdate } }
})
