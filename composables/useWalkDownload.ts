import type { MaybeRefOrGetter } from 'vue'
import type { MapRuntimeConfig } from '#shared/map/tileSources'
import { downloadOptionsFor } from '~/utils/offline/downloadOptions'
import { planWalkDownload } from '~/utils/offline/downloadPlan'
import { deleteWalkDownload, downloadWalk, fetchWalkPackage, walkDownloadState } from '~/utils/offline/walkDownloads'

/** "Download this walk" in the current language: its state, its size before starting, start and delete. */
export function useWalkDownload(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n()
  const options = downloadOptionsFor(useRuntimeConfig().public.map as MapRuntimeConfig)
  const state = computed(() => walkDownloadState(toValue(slug), locale.value))
  const plannedBytes = ref<number | null>(null)

  async function measure() {
    plannedBytes.value = null
    const pkg = await fetchWalkPackage(toValue(slug), locale.value).catch(() => null)
    if (pkg) plannedBytes.value = planWalkDownload(pkg, options.canPlay, await options.tileUrlsFor(pkg, true), false).totalBytes
  }

  async function start() {
    // Asked on a tap, when browsers are most willing: without it the phone may clear the walk when space runs low.
    await navigator.storage?.persist?.().catch(() => false)
    await downloadWalk(toValue(slug), locale.value, options)
  }

  return {
    state,
    plannedBytes,
    measure,
    start,
    remove: () => deleteWalkDownload(toValue(slug), locale.value),
  }
}
