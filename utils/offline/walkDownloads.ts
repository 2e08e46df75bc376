import { reactive } from 'vue'
import { DATA_CACHE, walkCacheName } from '#shared/offline/cacheNames'
import { FRESH_HEADER } from '#shared/offline/cachedRoutes'
import type { WalkOfflinePackage } from '#shared/types/offline'
import { planWalkDownload, type PlannedFile } from './downloadPlan'
import { forgetDownloadRecord, readDownloadRecords, writeDownloadRecord } from './downloadRecords'
import { STORED_BYTES_HEADER, storeResponse } from './storeResponse'

export type DownloadPhase = 'none' | 'preparing' | 'downloading' | 'waiting' | 'ready' | 'failed'

export interface WalkDownloadState {
  phase: DownloadPhase
  doneBytes: number
  totalBytes: number
}

export interface DownloadOptions {
  canPlay: (type: string) => boolean
  /**
   * Map tile URLs along the route, when the tile source allows storing them. `forSizeOnly`: for the size shown
   * before a download, which must not load the PMTiles reader on every walk page (it may then count a few more).
   */
  tileUrlsFor: (pkg: WalkOfflinePackage, forSizeOnly?: boolean) => Promise<string[]>
  /** Answers for tiles that are read out of a PMTiles archive rather than fetched by their URL. */
  tileResponse?: (url: string, signal: AbortSignal) => Promise<Response>
}

const states = reactive(new Map<string, WalkDownloadState>())
const running = new Map<string, AbortController>()
const retries = new Map<string, number>()
const RETRY_DELAYS_MS = [3_000, 10_000, 30_000]
const keyOf = (slug: string, locale: string) => `${slug}:${locale}`

/** The live state of one walk download in one language, restored from what this phone remembers. */
export function walkDownloadState(slug: string, locale: string): WalkDownloadState {
  const key = keyOf(slug, locale)
  if (!states.has(key)) {
    const record = readDownloadRecords().find(r => r.slug === slug && r.locale === locale)
    states.set(key, {
      phase: record ? (record.complete ? 'ready' : 'waiting') : 'none',
      doneBytes: record?.complete ? record.bytes : 0,
      totalBytes: record?.bytes ?? 0,
    })
  }
  return states.get(key)!
}

/** The walk's current package, from the network: a stored copy would hide a content change. */
export async function fetchWalkPackage(slug: string, locale: string, signal?: AbortSignal): Promise<WalkOfflinePackage> {
  return $fetch<WalkOfflinePackage>(`/api/walks/${slug}/offline`, { query: { locale }, signal, headers: { [FRESH_HEADER]: '1' } })
}

/**
 * The service worker answers from the first cache holding a URL, and the content cache is older than any
 * walk's: a freshly downloaded content answer goes there too, so no older copy hides it.
 */
async function keepContentCacheCurrent(walkCache: Cache, url: string) {
  if (!url.startsWith('/api/')) return
  const fresh = await walkCache.match(url)
  if (fresh) await (await caches.open(DATA_CACHE)).put(url, fresh)
}

async function isStored(cache: Cache, file: PlannedFile): Promise<boolean> {
  if (file.refresh) return false
  const stored = await cache.match(file.url)
  if (!stored) return false
  // A tile never changes under its URL, and its planned size is only an estimate.
  if (file.tile) return true
  const storedBytes = stored.headers.get(STORED_BYTES_HEADER)
  // Opaque map tiles carry no headers: keep them; a same-URL file of another size has changed.
  return stored.type === 'opaque' || storedBytes === null || Number(storedBytes) === file.bytes
}

/**
 * Downloads (or resumes, or refreshes) one walk in one language. Files already stored are skipped, so a
 * dropped connection costs only the file in flight; files no longer needed are removed at the end.
 */
export async function downloadWalk(slug: string, locale: string, options: DownloadOptions, refreshContent = false): Promise<void> {
  const key = keyOf(slug, locale)
  if (running.has(key)) return
  const controller = new AbortController()
  running.set(key, controller)
  const state = walkDownloadState(slug, locale)
  const wasReady = state.phase === 'ready'
  try {
    if (!wasReady) state.phase = 'preparing'
    const pkg = await fetchWalkPackage(slug, locale, controller.signal)
    const { files, totalBytes } = planWalkDownload(pkg, options.canPlay, await options.tileUrlsFor(pkg), refreshContent)
    const cache = await caches.open(walkCacheName(slug, locale))
    writeDownloadRecord({ slug, locale, version: pkg.version, bytes: totalBytes, complete: false })
    Object.assign(state, { phase: 'downloading', doneBytes: 0, totalBytes })

    for (const file of files) {
      if (!(await isStored(cache, file))) {
        let received = 0
        await storeResponse(cache, file.url, (bytes) => {
          received += bytes
          state.doneBytes += bytes
        }, controller.signal, file.tile ? options.tileResponse : undefined)
        state.doneBytes -= received
        await keepContentCacheCurrent(cache, file.url)
      }
      state.doneBytes += file.bytes
    }

    const wanted = new Set(files.map(file => new URL(file.url, location.href).href))
    for (const request of await cache.keys()) {
      if (!wanted.has(request.url)) await cache.delete(request)
    }
    writeDownloadRecord({ slug, locale, version: pkg.version, bytes: totalBytes, complete: true })
    retries.delete(key)
    Object.assign(state, { phase: 'ready', doneBytes: totalBytes })
  }
  catch (error) {
    if (controller.signal.aborted) return
    // A network error: wait for the connection to come back (the plugin resumes on "online"), or, when the
    // phone believes it is online (a weak signal dropped), try again a few times with growing pauses.
    const retry = retries.get(key) ?? 0
    if (!(error instanceof TypeError) || retry >= RETRY_DELAYS_MS.length) {
      state.phase = navigator.onLine ? 'failed' : 'waiting'
      retries.delete(key)
      return
    }
    state.phase = 'waiting'
    if (navigator.onLine) {
      retries.set(key, retry + 1)
      setTimeout(() => void downloadWalk(slug, locale, options, refreshContent), RETRY_DELAYS_MS[retry])
    }
  }
  finally {
    running.delete(key)
  }
}

/** Stops any download in flight and removes the walk's files from this phone. */
export async function deleteWalkDownload(slug: string, locale: string): Promise<void> {
  running.get(keyOf(slug, locale))?.abort()
  await caches.delete(walkCacheName(slug, locale))
  forgetDownloadRecord(slug, locale)
  Object.assign(walkDownloadState(slug, locale), { phase: 'none', doneBytes: 0, totalBytes: 0 })
}

/**
 * Resumes unfinished downloads and refreshes finished ones whose content changed since they were stored.
 * Run at start and whenever the connection comes back.
 */
export async function resumeAndRefreshDownloads(options: DownloadOptions): Promise<void> {
  for (const record of readDownloadRecords()) {
    if (!record.complete) {
      await downloadWalk(record.slug, record.locale, options)
      continue
    }
    const latest = await fetchWalkPackage(record.slug, record.locale).catch(() => null)
    if (latest && latest.version !== record.version) await downloadWalk(record.slug, record.locale, options, true)
  }
}
