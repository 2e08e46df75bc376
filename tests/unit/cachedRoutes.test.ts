import { describe, expect, it } from 'vitest'
import { isCachedDataPath, isPrivatePage } from '../../shared/offline/cachedRoutes'

describe('what the service worker keeps on the phone', () => {
  it('never keeps personal pages (studio, sign-up, organiser), in any language', () => {
    for (const path of ['/studio', '/studio/', '/studio/edit/stop/yu-lane-garden/ru', '/ar/studio/submissions/1', '/zh/studio',
      '/signup/abcdefghijklmnopqrstuvwxyz012345', '/ko/signup/abcdefghijklmnopqrstuvwxyz012345', '/organiser', '/ar/organiser/events/1']) {
      expect(isPrivatePage(path), path).toBe(true)
    }
    for (const path of ['/', '/walks/yuyuan-road', '/ar/walks/yuyuan-road/yu-lane-garden', '/studios', '/walks/studio', '/signups', '/events/1']) {
      expect(isPrivatePage(path), path).toBe(false)
    }
  })

  it('keeps public content and never the studio\'s data', () => {
    expect(isCachedDataPath('/api/walks/yuyuan-road')).toBe(true)
    expect(isCachedDataPath('/api/studio/status')).toBe(false)
    expect(isCachedDataPath('/api/studio/editor/stop/yu-lane-garden/ru')).toBe(false)
  })
})
