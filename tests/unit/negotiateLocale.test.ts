import { describe, expect, it } from 'vitest'
import { negotiateLocale } from '../../shared/utils/negotiateLocale'

describe('negotiateLocale', () => {
  it('prefers the language chosen before', () => {
    expect(negotiateLocale('ko-KR,ko;q=0.9', 'ar')).toBe('ar')
  })

  it('ignores a chosen value that is not a locale of ours', () => {
    expect(negotiateLocale('fr-CA', 'xx')).toBe('fr')
  })

  it('takes the browser languages by quality', () => {
    expect(negotiateLocale('de-DE,ru;q=0.5,zh-CN;q=0.8', undefined)).toBe('zh')
    expect(negotiateLocale('zh-TW;q=0.2, ar-EG', undefined)).toBe('ar')
  })

  it('falls back to English', () => {
    expect(negotiateLocale(undefined, undefined)).toBe('en')
    expect(negotiateLocale('de-DE, ja', undefined)).toBe('en')
    expect(negotiateLocale('ko;q=0', undefined)).toBe('en')
  })
})
