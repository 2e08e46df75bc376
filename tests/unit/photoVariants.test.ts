import { describe, expect, it } from 'vitest'
import { isVariantOf, photoKey } from '../../shared/offline/photoVariants'

describe('offline stop photos', () => {
  it('finds the stored WebP for any width or format of the same photo', () => {
    expect(isVariantOf('https://citywalk.example/photos/qian-xuesen-residence/0123456789ab-960.webp', '/photos/qian-xuesen-residence/0123456789ab-1440.avif')).toBe(true)
    expect(isVariantOf('/photos/qian-xuesen-residence/0123456789ab-960.webp', '/photos/qian-xuesen-residence/0123456789ab-480.webp')).toBe(true)
  })

  it('never another photo, another stop or anything else', () => {
    expect(isVariantOf('/photos/qian-xuesen-residence/ffffffffffff-960.webp', '/photos/qian-xuesen-residence/0123456789ab-960.avif')).toBe(false)
    expect(isVariantOf('/photos/rewi-alley-residence/0123456789ab-960.webp', '/photos/qian-xuesen-residence/0123456789ab-960.avif')).toBe(false)
    expect(isVariantOf('/narration/en/qian-xuesen-residence.opus', '/photos/qian-xuesen-residence/0123456789ab-960.avif')).toBe(false)
    expect(photoKey('/photos/../secrets/0123456789ab-960.webp')).toBeNull()
    expect(photoKey('/photos/a/0123456789ab-960.png')).toBeNull()
  })
})
