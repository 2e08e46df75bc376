import { LOCALES, type LocaleCode } from '../i18n/registry'

/** What the choice needs of a Web Speech voice (a `SpeechSynthesisVoice` has all of it). */
export interface VoiceInfo {
  lang: string
  localService: boolean
  default: boolean
}

// Mandarin first. zh-HK and yue are Cantonese, which a Mandarin text read aloud must never get.
// A bare `cmn` is espeak-ng's "Mandarin, latin as English", which spells Han characters out in English.
const MANDARIN_TAGS = [/^zh-cn$/, /^zh-hans/, /^cmn-(hans|cn)/, /^zh$/, /^cmn-latn-pinyin$/, /^zh-sg$/, /^zh-tw$/, /^zh-hant/, /^cmn-(hant|tw)/]

const normalised = (tag: string) => tag.toLowerCase().replace(/_/g, '-')

/** How well a voice's language fits the text's language: lower is better, null is not at all. */
function fit(voiceLang: string, locale: LocaleCode): number | null {
  const tag = normalised(voiceLang)
  if (locale === 'zh') {
    const rank = MANDARIN_TAGS.findIndex(pattern => pattern.test(tag))
    return rank === -1 ? null : rank
  }
  // Compare whole primary subtags: Korean is `ko`, never Konkani's `kok`.
  if (tag.split('-')[0] !== locale) return null
  const preferred = normalised(LOCALES.find(l => l.code === locale)!.language)
  // The region the app writes for, then the language with no region, then another region's.
  return tag === preferred ? 0 : tag === locale ? 1 : 2
}

/**
 * The phone's voice that should read a text in `locale`, or null when it has none. With no
 * connection, only voices the phone synthesises itself: a network voice would fall silent.
 */
export function pickPhoneVoice<Voice extends VoiceInfo>(voices: readonly Voice[], locale: LocaleCode, { offline }: { offline: boolean }): Voice | null {
  let best: { voice: Voice, score: number } | null = null
  for (const voice of voices) {
    if (offline && !voice.localService) continue
    const rank = fit(voice.lang, locale)
    if (rank === null) continue
    // Among equally fitting voices, the phone's default, then one that works offline.
    const score = rank * 4 + (voice.default ? 0 : 2) + (voice.localService ? 0 : 1)
    if (!best || score < best.score) best = { voice, score }
  }
  return best?.voice ?? null
}
