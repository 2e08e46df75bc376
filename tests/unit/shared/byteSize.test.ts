import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../../i18n/registry'
import { formatByteSize } from '../../../shared/utils/byteSize'

describe('formatByteSize', () => {
  for (const locale of LOCALE_CODES) {
    it(`writes sizes as Intl.NumberFormat does in ${locale}`, () => {
      const intl = (bytes: number) => {
        const megabytes = bytes >= 1_000_000
        return new Intl.NumberFormat(locale, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: megabytes ? 1 : 0, numberingSystem: 'latn' })
          .format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1_000))
      }
      const sizes = [0, 1, 499, 500, 1_499, 1_500, 999_499, 999_500, 999_999, 1_000_000, 1_049_999, 1_050_000, 4_250_000, 12_345_678, 1_234_500_000]
      for (let bytes = 0; bytes <= 20_000_000; bytes += 77_777) sizes.push(bytes)
      const mismatches = sizes.map(bytes => [bytes, formatByteSize(bytes, locale), intl(bytes)]).filter(([, ours, theirs]) => ours !== theirs)
      expect(mismatches).toEqual([])
    })
  }
})
