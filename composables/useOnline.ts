/** Whether the device says it has a connection; true during server rendering, updated by the browser's events. */
export function useOnline() {
  const online = useState('online', () => true)
  if (import.meta.client && !useNuxtApp().$onlineWatched) {
    useNuxtApp().provide('onlineWatched', true)
    online.value = navigator.onLine
    window.addEventListener('online', () => {
      online.value = true
    })
    window.addEventListener('offline', () => {
      online.value = false
    })
  }
  return online
}
