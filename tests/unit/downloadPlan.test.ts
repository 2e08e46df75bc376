import { describe, expect, it } from 'vitest'
import { planWalkDownload, TILE_BYTES_ESTIMATE } from '../../utils/offline/downloadPlan'
import type { WalkOfflinePackage } from '../../shared/types/offline'

const pkg: WalkOfflinePackage = {
  slug: 'suzhou-creek',
  locale: 'fr',
  version: 'abc',
  data: [{ url: '/api/walks?locale=fr', bytes: 600 }, { url: '/api/walks/suzhou-creek?locale=fr', bytes: 7000 }],
  live: ['/api/events?locale=fr&walk=suzhou-creek'],
  narration: [
    { stop: 'a', sources: [{ url: '/narration/fr/a.opus', type: 'audio/ogg; codecs=opus', bytes: 500_000 }, { url: '/narration/fr/a.mp3', type: 'audio/mpeg', bytes: 520_000 }] },
    { stop: 'b', sources: [{ url: '/narration/fr/b.mp3', type: 'audio/mpeg', bytes: 300_000 }] },
  ],
  photos: [{ url: '/photos/a/0123456789ab-960.webp', bytes: 90_000 }],
  line: [[31.2, 121.4]],
}

describe('planWalkDownload', () => {
  it('stores the first narration format the browser plays, as the player picks it', () => {
    const { files } = planWalkDownload(pkg, type => type.startsWith('audio/ogg'), [], false)
    expect(files.map(f => f.url)).toContain('/narration/fr/a.opus')
    expect(files.map(f => f.url)).not.toContain('/narration/fr/a.mp3')
    // Stop b has no Opus: nothing this browser can play, so nothing is stored.
    expect(files.map(f => f.url)).not.toContain('/narration/fr/b.mp3')
  })

  it('falls back to MP3 where Opus does not play (iPhones before iOS 17)', () => {
    const { files } = planWalkDownload(pkg, type => type === 'audio/mpeg', [], false)
    expect(files.filter(f => f.url.startsWith('/narration/')).map(f => f.url)).toEqual(['/narration/fr/a.mp3', '/narration/fr/b.mp3'])
  })

  it('totals exact sizes plus estimates for live answers and tiles', () => {
    const { totalBytes } = planWalkDownload(pkg, () => true, ['https://tiles.example/1', 'https://tiles.example/2'], false)
    expect(totalBytes).toBe(600 + 7000 + 2000 + 500_000 + 300_000 + 90_000 + 2 * TILE_BYTES_ESTIMATE)
  })

  it('re-fetches content only when refreshing, live answers always, audio never by flag', () => {
    const refresh = (refreshContent: boolean) => Object.fromEntries(planWalkDownload(pkg, () => true, [], refreshContent).files.map(f => [f.url, f.refresh]))
    expect(refresh(false)).toMatchObject({ '/api/walks?locale=fr': false, '/api/events?locale=fr&walk=suzhou-creek': true, '/narration/fr/a.opus': false })
    expect(refresh(true)).toMatchObject({ '/api/walks?locale=fr': true, '/narration/fr/a.opus': false, '/photos/a/0123456789ab-960.webp': false })
  })
})
