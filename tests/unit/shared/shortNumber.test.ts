import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../../i18n/registry'
import { formatShortNumber } from '../../../shared/utils/shortNumber'

describe('formatShortNumber', () => {
  for (const locale of LOCALE_CODES) {
    it(`writes numbers as Intl.NumberFormat does in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, numberingSystem: 'latn' })
      const values = [0, 0.04, 0.05, 0.5, 1, 1.25, 2.35, 9.95, 10, 99.9, 100, 999, 999.94, 1000, 1234.5, 9999, 10000, 12345.6, 123456, 1234567]
      for (let tenth = 0; tenth <= 3000; tenth += 7) values.push(tenth / 10)
      const mismatches = values.map(value => [value, formatShortNumber(value, locale), intl.format(value)]).filter(([, ours, theirs]) => ours !== theirs)
      expect(mismatches).toEqual([])
    })
  }

  it('never writes Arabic-Indic digits, so the server and the browser agree', () => {
    expect(formatShortNumber(2.5, 'ar')).toBe('2.5')
  })
})
