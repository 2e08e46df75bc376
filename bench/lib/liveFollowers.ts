import { readEventStream } from '../../tests/support/eventStream'
import type { LiveUpdate } from '../../shared/types/live'

/** Phones following a live walk over Server-Sent Events, each noting when it heard of each update. */
export interface FollowerPool {
  /** When each follower heard update `seq` (ms, performance.now()), once all have; rejects after `timeoutMs`. */
  heardBy: (seq: number, timeoutMs?: number) => Promise<number[]>
  close: () => void
}

/** Opens one stream per personal link, each to the origin given with it, and waits until every one has its first event. */
export async function followLive(links: { origin: string, token: string }[]): Promise<FollowerPool> {
  const heard = new Map<number, number[]>()
  const waiting = new Map<number, () => void>()
  const aborter = new AbortController()
  let connected = 0
  let allConnected: () => void = () => {}
  const ready = new Promise<void>(resolve => (allConnected = resolve))

  const follow = async ({ origin, token }: { origin: string, token: string }) => {
    const response = await fetch(`${origin}/api/signups/${token}/live`, { signal: aborter.signal })
    if (response.status !== 200) throw new Error(`follow refused: ${response.status} ${await response.text()}`)
    let first = true
    for await (const event of readEventStream(response)) {
      if (first && ++connected === links.length) allConnected()
      first = false
      if (event.event !== 'update') continue
      const { seq } = JSON.parse(event.data) as LiveUpdate
      const times = heard.get(seq) ?? []
      times.push(performance.now())
      heard.set(seq, times)
      if (times.length === links.length) waiting.get(seq)?.()
    }
  }
  for (const link of links) {
    follow(link).catch((error: Error) => {
      if (!aborter.signal.aborted) console.error('a follower dropped:', error.message)
    })
  }
  await ready
  return {
    heardBy: (seq, timeoutMs = 30_000) => new Promise((resolve, reject) => {
      const done = () => resolve(heard.get(seq)!)
      if ((heard.get(seq)?.length ?? 0) === links.length) return done()
      const timer = setTimeout(() => reject(new Error(`update ${seq}: ${heard.get(seq)?.length ?? 0} of ${links.length} followers heard it in ${timeoutMs} ms`)), timeoutMs)
      waiting.set(seq, () => {
        clearTimeout(timer)
        done()
      })
    }),
    close: () => aborter.abort(),
  }
}
