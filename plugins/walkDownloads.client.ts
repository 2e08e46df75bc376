import type { MapRuntimeConfig } from '#shared/map/tileSources'
import { hasDownloadRecords } from '~/utils/offline/downloadRecords'

/**
 * Downloads carry on by themselves: unfinished ones resume and changed walks refresh, after start-up and
 * whenever the connection returns. The download code loads only on phones that have downloaded a walk.
 */
export default defineNuxtPlugin((nuxtApp) => {
  if (!('caches' in window)) return
  const mapConfig = useRuntimeConfig().public.map as MapRuntimeConfig
  const run = async () => {
    if (!navigator.onLine || !hasDownloadRecords()) return
    const [{ resumeAndRefreshDownloads }, { downloadOptionsFor }] = await Promise.all([
      import('~/utils/offline/walkDownloads'),
      import('~/utils/offline/downloadOptions'),
    ])
    await resumeAndRefreshDownloads(downloadOptionsFor(mapConfig))
  }
  nuxtApp.hooks.hookOnce('app:suspense:resolve', () => void run())
  window.addEventListener('online', () => void run())
})
