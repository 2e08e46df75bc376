import type { Workbox } from 'workbox-window'

/**
 * Registers the service worker once the page is running and idle, so it never competes with the page itself.
 * A new version waits until the user accepts the "update available" prompt: the page is reloaded only then.
 */
export default defineNuxtPlugin((nuxtApp) => {
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
    // Installing downloads the whole app for offline use: on a slow phone that waits until the page is
    // running and the main thread is idle, instead of competing with the page's own start.
    const whenIdle = (run: () => void) => 'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 1_000)
    nuxtApp.hooks.hookOnce('app:suspense:resolve', () => {
      whenIdle(() => void register())
    })
    // Long walks keep one page open for hours: look for a new version whenever the app comes back to the front.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && navigator.onLine) void workbox?.update()
    })
  }
  return { provide: { applyUpdate } }
})
