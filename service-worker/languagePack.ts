/// <reference lib="webworker" />
import { LANGUAGE_PACKS_CACHE, languagePackKey } from '../shared/offline/cacheNames'
import type { WalkOfflinePackage } from '../shared/types/offline'
import type { WalkSummary } from '../shared/types/walk'

/** Fetches a same-origin content answer the way the app would, so that it is stored where the app finds it offline. */
export type FetchContent = (path: string) => Promise<Response | undefined>

async function json<T>(fetchContent: FetchContent, path: string): Promise<T> {
  const response = await fetchContent(path)
  if (!response?.ok) throw new Error(`${path}: ${response?.status ?? 'no answer'}`)
  return response.json() as Promise<T>
}

/**
 * Every walk's texts in one language (about 80 KB, no audio) are stored once, so every page opens with no
 * connection, not only the pages already seen. Done here rather than in the page: on a slow phone the page's
 * main thread was busy reading some thirty answers right after its first load. Nothing is fetched again while
 * the walks' versions are those already stored.
 */
export async function storeLanguagePack(locale: string, fetchContent: FetchContent): Promise<void> {
  const query = `?locale=${encodeURIComponent(locale)}`
  const walks = await json<WalkSummary[]>(fetchContent, `/api/walks${query}`)
  const packages = await Promise.all(walks.map(walk => json<WalkOfflinePackage>(fetchContent, `/api/walks/${encodeURIComponent(walk.slug)}/offline${query}`)))
  const versions = packages.map(pkg => pkg.version).join(',')
  const store = await caches.open(LANGUAGE_PACKS_CACHE)
  if (await (await store.match(languagePackKey(locale)))?.text() === versions) return
  for (const url of packages.flatMap(pkg => pkg.data.map(entry => entry.url))) {
    const response = await fetchContent(url)
    if (!response?.ok) throw new Error(`${url}: ${response?.status ?? 'no answer'}`)
  }
  await store.put(languagePackKey(locale), new Response(versions))
}
