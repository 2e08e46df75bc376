import { LANGUAGE_PACK_CHECKED_KEY } from '~/utils/offline/storageKeys'

/**
 * Asks the service worker to keep every walk's texts in the student's language, so every page opens with no
 * connection. The service worker does the fetching and storing; the page only asks, once per visit and language.
 */
export default defineNuxtPlugin((nuxtApp) => {
  if (!('serviceWorker' in navigator)) return
  const i18n = nuxtApp.$i18n as { locale: Ref<string> }
  const asked = new Set<string>()
  const run = () => {
    const controller = navigator.serviceWorker.controller
    const locale = i18n.locale.value
    const checkedKey = `${LANGUAGE_PACK_CHECKED_KEY}:${locale}`
    // Only a controlling service worker can store it; offline, it would fail and be asked again on the next page.
    if (!navigator.onLine || !controller || asked.has(locale) || sessionStorage.getItem(checkedKey)) return
    asked.add(locale)
    const reply = new MessageChannel()
    reply.port1.onmessage = (event) => {
      if (event.data === true) sessionStorage.setItem(checkedKey, '1')
      else asked.delete(locale)
    }
    controller.postMessage({ type: 'STORE_LANGUAGE_PACK', locale }, [reply.port2])
  }
  nuxtApp.hook('app:mounted', () => {
    run()
    navigator.serviceWorker.addEventListener('controllerchange', run)
  })
  watch(i18n.locale, run)
})
