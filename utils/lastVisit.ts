/** The stop a student last opened on each walk, so the walk page can offer to go on from there. */
const PREFIX = 'citywalk:last-stop:'
const key = (walkSlug: string) => `${PREFIX}${walkSlug}`

/**
 * Marks <html data-walk-to-continue> when this phone has a stop to go on from, so the home page keeps the place of
 * its "continue" card, which only the app can fill. `MARK_WALK_TO_CONTINUE` does the same in the served page's head,
 * before its first paint; this, when the app itself opens the home page.
 */
export function markWalkToContinue() {
  try {
    const visited = Object.keys(localStorage).some(k => k.startsWith(PREFIX) && JSON.parse(localStorage.getItem(k)!).number > 0)
    if (visited) document.documentElement.setAttribute('data-walk-to-continue', '')
  }
  catch {
    // No storage (private mode, refused): no card either.
  }
}
export const MARK_WALK_TO_CONTINUE = `try{if(Object.keys(localStorage).some(function(k){return k.indexOf(${JSON.stringify(PREFIX)})===0&&JSON.parse(localStorage.getItem(k)).number>0}))document.documentElement.setAttribute('data-walk-to-continue','')}catch(e){}`

export interface LastVisit {
  stopSlug: string
  /** The stop's number on its walk; absent in what older versions stored. */
  number?: number
  at: number
}

export function rememberStop(walkSlug: string, stopSlug: string, number: number) {
  try {
    localStorage.setItem(key(walkSlug), JSON.stringify({ stopSlug, number, at: Date.now() } satisfies LastVisit))
  }
  catch {
    // Storage full or refused (private mode): the walk page then simply offers the start.
  }
}

export function lastVisit(walkSlug: string): LastVisit | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key(walkSlug)) ?? 'null') as Partial<LastVisit> | null
    if (typeof stored?.stopSlug !== 'string') return null
    return { stopSlug: stored.stopSlug, at: Number(stored.at) || 0, ...(Number.isInteger(stored.number) ? { number: stored.number } : {}) }
  }
  catch {
    return null
  }
}

/** Of the given walks, the one visited last and where, for the home page's "continue" link. */
export function latestVisit(walkSlugs: string[]): (LastVisit & { walkSlug: string }) | null {
  const visits = walkSlugs.flatMap((walkSlug) => {
    const visit = lastVisit(walkSlug)
    return visit ? [{ ...visit, walkSlug }] : []
  })
  return visits.sort((a, b) => b.at - a.at)[0] ?? null
}
