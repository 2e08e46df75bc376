import { describe, expect, it } from 'vitest'
import type { LocaleCode } from '../../i18n/registry'
import { pickText } from '../../shared/utils/pickText'

const texts = new Map<LocaleCode, string>([['en', 'Rewi Alley'], ['zh', '路易·艾黎']])

describe('pickText', () => {
  it('gives the text in the asked-for language', () => {
    expect(pickText(texts, 'zh')).toEqual({ text: '路易·艾黎', lang: 'zh', translated: true })
  })

  it('falls back to English, marked as not translated, never to nothing', () => {
    expect(pickText(texts, 'ko')).toEqual({ text: 'Rewi Alley', lang: 'en', translated: false })
  })

  it('gives nothing when even English is missing', () => {
    expect(pickText(new Map([['zh', '只有中文']]), 'ko')).toBeNull()
    expect(pickText(undefined, 'en')).toBeNull()
  })
})
