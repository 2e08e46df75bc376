import { resumeAndRefreshDownloads, type DownloadOptions } from '~/utils/offline/walkDownloads'

/** Downloads carry on by themselves: unfinished ones resume and changed walks refresh, at start and when the connection returns. */
export default defineNuxtPlugin((nuxtApp) => {
  if (!('caches' in window)) return
  const options = nuxtApp.runWithContext(() => useDownloadOptions()) as DownloadOptions
  const run = () => {
    if (navigator.onLine) void resumeAndRefreshDownloads(options)
  }
  nuxtApp.hook('app:mounted', run)
  window.addEventListener('online', run)
})
