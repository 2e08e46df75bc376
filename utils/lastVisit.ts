/** The stop a student last opened on each walk, so the walk page can offer to go on from there. */
const key = (walkSlug: string) => `citywalk:last-stop:${walkSlug}`

export interface LastVisit {
  stopSlug: string
  at: number
}

export function rememberStop(walkSlug: string, stopSlug: string) {
  try {
    localStorage.setItem(key(walkSlug), JSON.stringify({ stopSlug, at: Date.now() } satisfies LastVisit))
  }
  catch {
    // Storage full or refused (private mode): the walk page then simply offers the start.
  }
}

export function lastVisit(walkSlug: string): LastVisit | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key(walkSlug)) ?? 'null') as Partial<LastVisit> | null
    return typeof stored?.stopSlug === 'string' ? { stopSlug: stored.stopSlug, at: Number(stored.at) || 0 } : null
  }
  catch {
    return null
  }
}
