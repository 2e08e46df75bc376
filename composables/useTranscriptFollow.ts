import type { MaybeRefOrGetter, Ref } from 'vue'
import { usePhoneVoice } from '~/composables/usePhoneVoice'

/**
 * Highlights the block of the stop's text that the narration is reading, and keeps it in view
 * when `follow` is on. Block 0 is the title; block n is the n-th top-level block of the body,
 * matching how `npm run narration` cuts the text (scripts/lib/narrationText.ts). When the phone's
 * own voice reads the page instead (`trackKey` names its reading), the highlight follows that.
 */
export function useTranscriptFollow(options: {
  title: Ref<HTMLElement | null>
  body: Ref<HTMLElement | null>
  cues: MaybeRefOrGetter<number[]>
  currentTime: MaybeRefOrGetter<number>
  active: MaybeRefOrGetter<boolean>
  trackKey: MaybeRefOrGetter<string | null>
  follow: Ref<boolean>
}) {
  const phone = usePhoneVoice()
  const index = computed(() => {
    const reading = phone.reading.value
    if (reading?.speaking && reading.key === toValue(options.trackKey)) return reading.block
    if (!toValue(options.active)) return -1
    const time = toValue(options.currentTime)
    const cues = toValue(options.cues)
    // A recording made in the studio has only its start: nothing to follow.
    if (cues.length < 2) return -1
    let current = 0
    for (let i = 0; i < cues.length; i++) if (cues[i]! <= time + 0.05) current = i
    return current
  })

  const blocks = () => [options.title.value, ...Array.from(options.body.value?.firstElementChild?.children ?? [])]

  watch(index, (now, before) => {
    const all = blocks()
    if (before !== undefined && before >= 0) all[before]?.classList.remove('is-spoken')
    const element = all[now]
    if (!element) return
    element.classList.add('is-spoken')
    const box = element.getBoundingClientRect()
    if (options.follow.value && (box.top < 80 || box.bottom > window.innerHeight - 80)) {
      element.scrollIntoView({ block: 'center', behavior: 'smooth' })
    }
  })

  onBeforeUnmount(() => blocks().forEach(element => element?.classList.remove('is-spoken')))
  /** The text of each block, in the order they are highlighted: what the phone's voice reads. */
  const texts = () => blocks().map(element => (element as HTMLElement | null)?.innerText ?? '')
  return { index, texts }
}
