import { describe, expect, it } from 'vitest'
import { pickPhoneVoice, type VoiceInfo } from '../../../utils/phoneVoice'

type Voice = VoiceInfo & { name: string }
const voice = (name: string, lang: string, { localService = true, isDefault = false } = {}): Voice => ({ name, lang, localService, default: isDefault })

// The voice lists below are written as browsers report them: espeak-ng through Speech Dispatcher
// (Chromium on Linux), an Android phone with Google's voices, an iPhone.
const ESPEAK = [
  voice('Chinese (Cantonese) espeak-ng', 'yue'),
  voice('Chinese (Mandarin, latin as English) espeak-ng', 'cmn'),
  voice('Chinese (Mandarin, latin as Pinyin) espeak-ng', 'cmn-LATN-PINYIN'),
  voice('Konkani espeak-ng', 'kok'),
  voice('Korean espeak-ng', 'ko'),
  voice('Russian (Latvia) espeak-ng', 'ru-LV'),
  voice('Russian espeak-ng', 'ru'),
  voice('French (Belgium) espeak-ng', 'fr-BE'),
  voice('French (France) espeak-ng', 'fr-FR'),
  voice('Arabic espeak-ng', 'ar'),
  voice('English (America) espeak-ng', 'en-US'),
]
const ANDROID = [
  voice('Chinese Hong Kong', 'zh-HK'),
  voice('Chinese Taiwan', 'zh-TW'),
  voice('Chinese China', 'zh-CN', { localService: false }),
  voice('Korean South Korea', 'ko-KR', { localService: false }),
  voice('English United States', 'en-US', { isDefault: true }),
]
const IPHONE = [
  voice('Sinji', 'zh-HK', { isDefault: true }),
  voice('Tingting', 'zh-CN'),
  voice('Yuna', 'ko-KR'),
  voice('Majed', 'ar-001'),
  voice('Thomas', 'fr-FR'),
  voice('Amélie', 'fr-CA'),
]

describe('pickPhoneVoice', () => {
  it('reads Chinese in Mandarin, never Cantonese, and never with the voice that spells characters in English', () => {
    expect(pickPhoneVoice(ESPEAK, 'zh', { offline: false })?.name).toBe('Chinese (Mandarin, latin as Pinyin) espeak-ng')
    expect(pickPhoneVoice(IPHONE, 'zh', { offline: false })?.name).toBe('Tingting')
    expect(pickPhoneVoice([voice('Cantonese', 'zh-HK'), voice('Cantonese', 'yue-HK'), voice('espeak cmn', 'cmn')], 'zh', { offline: false })).toBeNull()
  })

  it('prefers mainland Mandarin, and falls back to Taiwan\'s when the phone has only that', () => {
    expect(pickPhoneVoice(ANDROID, 'zh', { offline: false })?.name).toBe('Chinese China')
    expect(pickPhoneVoice(ANDROID, 'zh', { offline: true })?.name).toBe('Chinese Taiwan')
  })

  it('matches whole language subtags: Korean is not Konkani', () => {
    expect(pickPhoneVoice(ESPEAK, 'ko', { offline: false })?.name).toBe('Korean espeak-ng')
    expect(pickPhoneVoice([voice('Konkani espeak-ng', 'kok')], 'ko', { offline: false })).toBeNull()
  })

  it('prefers the region the app writes for, then any of the language', () => {
    expect(pickPhoneVoice(ESPEAK, 'fr', { offline: false })?.name).toBe('French (France) espeak-ng')
    expect(pickPhoneVoice(IPHONE, 'fr', { offline: false })?.name).toBe('Thomas')
    expect(pickPhoneVoice(ESPEAK, 'ru', { offline: false })?.name).toBe('Russian espeak-ng')
    expect(pickPhoneVoice(IPHONE, 'ar', { offline: false })?.name).toBe('Majed')
    expect(pickPhoneVoice(ESPEAK, 'en', { offline: false })?.name).toBe('English (America) espeak-ng')
  })

  it('with no connection, offers only voices the phone makes itself', () => {
    expect(pickPhoneVoice(ANDROID, 'ko', { offline: false })?.name).toBe('Korean South Korea')
    expect(pickPhoneVoice(ANDROID, 'ko', { offline: true })).toBeNull()
    expect(pickPhoneVoice(IPHONE, 'ko', { offline: true })?.name).toBe('Yuna')
  })

  it('prefers the phone\'s default voice among equally fitting ones, and takes underscores as hyphens', () => {
    const two = [voice('Second', 'en-GB'), voice('Default', 'en-GB', { isDefault: true })]
    expect(pickPhoneVoice(two, 'en', { offline: false })?.name).toBe('Default')
    expect(pickPhoneVoice([voice('Old Android', 'ko_KR')], 'ko', { offline: false })?.name).toBe('Old Android')
  })

  it('has nothing to offer when the phone has no voices', () => {
    expect(pickPhoneVoice([], 'ar', { offline: false })).toBeNull()
  })
})
