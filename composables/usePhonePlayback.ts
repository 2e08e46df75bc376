import type { GuideTrack } from '~/composables/useAudioGuide'
import { readingKey, usePhoneVoice } from '~/composables/usePhoneVoice'

/**
 * The phone's voice as one player's alternative to its narration file: whether it is offered and
 * chosen, where the reading stands, and the player's actions on it. `read` gives the page's text
 * block by block; without it (or beside a volunteer's recording) the phone's voice is not offered.
 */
export function usePhonePlayback(track: () => GuideTrack, read: () => (() => string[]) | undefined) {
  const phone = usePhoneVoice()
  const guide = useAudioGuide()
  const key = computed(() => readingKey(track()))
  const readable = computed(() => Boolean(read()) && track().narration.kind === 'synthesised')
  const voice = computed(() => (readable.value ? phone.voiceFor(track().lang) : null))
  // Chosen, but the phone's only voice for this language works online: the file plays meanwhile.
  const needsConnection = computed(() => readable.value && phone.preferred.value && !voice.value && phone.voiceFor(track().lang, { offline: false }) !== null)
  const offered = computed(() => voice.value !== null || needsConnection.value)
  const using = computed(() => phone.preferred.value && voice.value !== null)
  const reading = computed(() => (phone.reading.value?.key === key.value ? phone.reading.value : null))
  const speaking = computed(() => Boolean(reading.value?.speaking))
  const block = computed(() => reading.value?.block ?? 0)
  const blockCount = ref(0)
  const total = computed(() => reading.value?.total ?? blockCount.value)

  function readFrom(from: number) {
    guide.pause()
    phone.read({ key: key.value, lang: track().lang, texts: read()!(), from, rate: guide.rate.value, onFinished: runOn })
  }

  // "Continue with the next stop" holds for the phone's voice too: the next page reads on opening.
  function runOn() {
    const next = track().next
    if (!guide.continueNext.value || !next) return
    phone.autoplay.value = readingKey(next)
    navigateTo(next.href)
  }

  function step(by: number) {
    const to = Math.min(Math.max(0, block.value + by), total.value - 1)
    if (speaking.value) readFrom(to)
    else phone.moveTo(key.value, to, total.value)
  }

  function choose(phoneVoice: boolean) {
    if (phoneVoice) guide.pause()
    phone.setPreferred(phoneVoice)
  }

  onMounted(() => {
    blockCount.value = read()?.().length ?? 0
    if (phone.autoplay.value !== key.value) return
    phone.autoplay.value = null
    if (using.value) readFrom(0)
    else guide.load(track(), { autoplay: true })
  })
  // The narration file and the phone's voice never talk over each other.
  watch(guide.playing, (now) => {
    if (now && speaking.value) phone.stop()
  })
  onBeforeUnmount(() => {
    if (speaking.value) phone.stop()
  })

  return {
    offered,
    using,
    needsConnection,
    preferred: phone.preferred,
    speaking,
    block,
    total,
    toggle: () => (speaking.value ? phone.stop() : readFrom(block.value)),
    step,
    choose,
  }
}
