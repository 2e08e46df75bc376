import type { Workbox } from 'workbox-window'

/**
 * Registers the service worker once the page has loaded, so it never competes with the page itself.
 * A new version waits until the user accepts the "update available" prompt: the page is reloaded only then.
 */
export default defineNuxtPlugin(() => {
  const updateReady = useState('sw-update-ready', () => false)
  let workbox: Workbox | null = null

  async function register() {
    const { Workbox } = await import('workbox-window')
    workbox = new Workbox('/sw.js', { scope: '/' })
    workbox.addEventListener('waiting', () => {
      updateReady.value = true
    })
    // The page that installed the service worker loaded before it could be stored: store it now, so a first
    // visit that ends in a tunnel still reopens.
    workbox.addEventListener('controlling', (event) => {
      if (!event.isUpdate) void workbox?.messageSW({ type: 'STORE_PAGE', url: location.href })
    })
    try {
      await workbox.register({ immediate: true })
    }
    catch (error) {
      // Some browsers refuse service workers (private windows, policies): the app still works online, only not offline.
      workbox = null
      console.warn('Offline use is not available in this browser:', (error as Error).message)
    }
  }

  function applyUpdate() {
    workbox?.addEventListener('controlling', () => window.location.reload())
    workbox?.messageSkipWaiting()
  }

  if (!import.meta.dev && 'serviceWorker' in navigator) {
    if (document.readyState === 'complete') void register()
    else window.addEventListener('load', () => void register(), { once: true })
    // Long walks keep one page open for hours: look for a new version whenever the app comes back to the front.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void workbox?.update()
    })
  }
  return { provide: { applyUpdate } }
})
