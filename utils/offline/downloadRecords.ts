import { WALK_DOWNLOADS_KEY as STORAGE_KEY } from './storageKeys'

/** What this phone remembers of each walk download: kept in localStorage, the files themselves in Cache Storage. */

export interface DownloadRecord {
  slug: string
  locale: string
  version: string
  /** Bytes the download stores in all, as shown to the user. */
  bytes: number
  complete: boolean
}

export function readDownloadRecords(): DownloadRecord[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as DownloadRecord[]) : []
  }
  catch {
    return []
  }
}

export function writeDownloadRecord(record: DownloadRecord): void {
  const others = readDownloadRecords().filter(r => r.slug !== record.slug || r.locale !== record.locale)
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...others, record]))
}

export function forgetDownloadRecord(slug: string, locale: string): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(readDownloadRecords().filter(r => r.slug !== slug || r.locale !== locale)))
}

/** Cheap enough for start-up: whether this phone has any walk download at all. */
export function hasDownloadRecords(): boolean {
  return (localStorage.getItem(STORAGE_KEY) ?? '[]') !== '[]'
}
