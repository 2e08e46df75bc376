import type { LocaleCode } from '~~/i18n/registry'
import { pickPhoneVoice } from '~/utils/phoneVoice'
import { loadPlayerSettings, savePlayerSetting, type GuideTrack } from '~/composables/useAudioGuide'

/** Which track a reading belongs to: a stop's, or a walk's introduction (keyed by the walk). */
export const readingKey = (track: Pick<GuideTrack, 'lang' | 'stopSlug'>) => `${track.lang}:${track.stopSlug}`

export interface PhoneReading {
  key: string
  /** The block being read, or where reading resumes: 0 is the title, as in the transcript. */
  block: number
  total: number
  speaking: boolean
}

// The phone's voices arrive late (after `voiceschanged`) and only in the browser.
const voices = shallowRef<SpeechSynthesisVoice[]>([])
let watchingVoices = false
let preferenceLoaded = false
// Bumped on every start and stop, so the end of a cancelled utterance moves nothing on.
let session = 0

function watchVoices() {
  if (watchingVoices || typeof window === 'undefined' || !('speechSynthesis' in window)) return
  watchingVoices = true
  const update = () => (voices.value = window.speechSynthesis.getVoices())
  update()
  window.speechSynthesis.addEventListener('voiceschanged', update)
}

/**
 * The phone's own voice (Web Speech) reading a page's text block by block, as a choice beside a
 * computer-made narration file. One block per utterance: the highlight follows the block being read,
 * on engines that report no word boundaries too, and a pause is a cancel that resumes at that block.
 */
export function usePhoneVoice() {
  const preferred = useState('phone-voice-preferred', () => false)
  // Read once in the browser: the server's rendering (which knows no preference) must not decide it.
  if (import.meta.client && !preferenceLoaded) {
    preferenceLoaded = true
    preferred.value = loadPlayerSettings().phoneVoice
  }
  const reading = useState<PhoneReading | null>('phone-voice-reading', () => null)
  /** The reading to start when its page opens: set when one stop's reading runs on into the next. */
  const autoplay = useState<string | null>('phone-voice-autoplay', () => null)
  const online = useOnline()
  watchVoices()

  function voiceFor(lang: LocaleCode, { offline = !online.value } = {}) {
    return pickPhoneVoice(voices.value, lang, { offline })
  }

  function stop() {
    session++
    if (import.meta.client && 'speechSynthesis' in window) window.speechSynthesis.cancel()
    if (reading.value) reading.value = { ...reading.value, speaking: false }
  }

  /** Reads `texts` from block `from`; `onFinished` runs after the last one. False when there is no voice. */
  function read(options: { key: string, lang: LocaleCode, texts: string[], from: number, rate: number, onFinished: () => void }): boolean {
    const voice = voiceFor(options.lang)
    if (!voice) return false
    stop()
    const mine = session
    const synth = window.speechSynthesis
    const speakBlock = (block: number) => {
      if (mine !== session) return
      if (block >= options.texts.length) {
        reading.value = { key: options.key, block: 0, total: options.texts.length, speaking: false }
        options.onFinished()
        return
      }
      reading.value = { key: options.key, block, total: options.texts.length, speaking: true }
      const text = options.texts[block]!.trim()
      if (!text) return speakBlock(block + 1)
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.voice = voice
      utterance.lang = voice.lang
      utterance.rate = options.rate
      utterance.onend = () => speakBlock(block + 1)
      // "interrupted" and "canceled" come from our own pause; anything else ends the reading.
      utterance.onerror = (event) => {
        if (mine === session && event.error !== 'interrupted' && event.error !== 'canceled') stop()
      }
      synth.speak(utterance)
    }
    speakBlock(Math.min(Math.max(0, options.from), options.texts.length - 1))
    return true
  }

  /** Moves the resume point without reading (used while paused). */
  function moveTo(key: string, block: number, total: number) {
    reading.value = { key, block: Math.min(Math.max(0, block), total - 1), total, speaking: false }
  }

  function setPreferred(on: boolean) {
    preferred.value = on
    if (!on) stop()
    savePlayerSetting({ phoneVoice: on })
  }

  return { preferred, reading, autoplay, voiceFor, read, stop, moveTo, setPreferred }
}
