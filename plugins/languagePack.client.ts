import type { WalkOfflinePackage } from '#shared/types/offline'
import type { WalkSummary } from '#shared/types/walk'
import { LANGUAGE_PACK_KEY as STORED_KEY } from '~/utils/offline/storageKeys'

/**
 * Every walk's texts in each language the student uses (about 80 KB a language, no audio) pass through the
 * service worker once, so every page opens with no connection, not only the pages already seen.
 */
async function storeLanguagePack(locale: string) {
  // Once per visit and language is enough to notice a content change; not on every page the app opens.
  const checkedKey = `${STORED_KEY}:checked:${locale}`
  if (sessionStorage.getItem(checkedKey)) return
  const walks = await $fetch<WalkSummary[]>('/api/walks', { query: { locale } })
  const packages = await Promise.all(walks.map(walk => $fetch<WalkOfflinePackage>(`/api/walks/${walk.slug}/offline`, { query: { locale } })))
  const versions = packages.map(pkg => pkg.version).join(',')
  const stored = JSON.parse(localStorage.getItem(STORED_KEY) ?? '{}') as Record<string, string>
  if (stored[locale] === versions) return sessionStorage.setItem(checkedKey, '1')
  for (const url of packages.flatMap(pkg => pkg.data.map(entry => entry.url))) await $fetch(url)
  localStorage.setItem(STORED_KEY, JSON.stringify({ ...stored, [locale]: versions }))
  sessionStorage.setItem(checkedKey, '1')
}

export default defineNuxtPlugin((nuxtApp) => {
  if (!('serviceWorker' in navigator)) return
  const i18n = nuxtApp.$i18n as { locale: Ref<string> }
  const run = () => {
    // Only a controlling service worker keeps what passes through; before that, fetching would be wasted.
    if (!navigator.onLine || !navigator.serviceWorker.controller) return
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1))
    idle(() => void storeLanguagePack(i18n.locale.value).catch(() => {}))
  }
  nuxtApp.hook('app:mounted', () => {
    run()
    navigator.serviceWorker.addEventListener('controllerchange', run)
  })
  watch(i18n.locale, run)
})
