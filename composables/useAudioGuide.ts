import type { NarrationView } from '#shared/types/walk'
import type { LocaleCode } from '~~/i18n/registry'

export interface GuideTrack {
  stopSlug: string
  walkSlug: string
  title: string
  walkTitle: string
  lang: LocaleCode
  href: string
  narration: NarrationView
  next: Omit<GuideTrack, 'next' | 'walkTitle' | 'walkSlug'> | null
}

export const PLAYBACK_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const
export const SKIP_SECONDS = 15
const SETTINGS_KEY = 'citywalk:player'

const positionKey = (track: Pick<GuideTrack, 'lang' | 'stopSlug'>) => `citywalk:position:${track.lang}:${track.stopSlug}`

/** The narration element lives for the whole visit (plugins/audioGuide.client.ts); this is its state. */
function useGuideState() {
  return {
    track: useState<GuideTrack | null>('guide-track', () => null),
    playing: useState('guide-playing', () => false),
    currentTime: useState('guide-time', () => 0),
    rate: useState<number>('guide-rate', () => 1),
    continueNext: useState('guide-continue', () => false),
    /** Tracks to play when the current one ends, before "continue with the next stop" (walk mode fills it). */
    queue: useState<GuideTrack[]>('guide-queue', () => []),
    /** Why the current track would not play: not on this phone with no connection, or not loadable at all. */
    failure: useState<NarrationFailure | null>('guide-failure', () => null),
  }
}

export type NarrationFailure = 'offline' | 'unavailable'

/** A track that fails with no connection was never saved on this phone; with one, it could not be loaded. */
export const failureNow = (): NarrationFailure => (navigator.onLine ? 'unavailable' : 'offline')

export function savedPosition(track: Pick<GuideTrack, 'lang' | 'stopSlug'>): number {
  return Number(localStorage.getItem(positionKey(track)) ?? 0) || 0
}

export function savePosition(track: Pick<GuideTrack, 'lang' | 'stopSlug'>, seconds: number) {
  if (seconds > 0) localStorage.setItem(positionKey(track), seconds.toFixed(1))
  else localStorage.removeItem(positionKey(track))
}

export interface PlayerSettings {
  rate: number
  continueNext: boolean
  /** Read computer-narrated stops with the phone's own voice instead of the narration file. */
  phoneVoice: boolean
}

export function loadPlayerSettings(): PlayerSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}')
    return {
      rate: PLAYBACK_RATES.includes(stored.rate) ? stored.rate : 1,
      continueNext: stored.continueNext === true,
      phoneVoice: stored.phoneVoice === true,
    }
  }
  catch {
    return { rate: 1, continueNext: false, phoneVoice: false }
  }
}

export function savePlayerSetting(change: Partial<PlayerSettings>) {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...loadPlayerSettings(), ...change }))
}

/**
 * The audio guide: one plain <audio> element shared by every page, so narration keeps playing
 * across navigation and with the screen locked. Returns its state and the actions on it.
 */
export function useAudioGuide() {
  const state = useGuideState()
  const nuxtApp = useNuxtApp()
  const audio = () => nuxtApp.$narrationAudio as HTMLAudioElement | undefined

  /** Loads a track (resuming where this stop was left) and optionally starts it. */
  async function load(track: GuideTrack, { autoplay }: { autoplay: boolean }) {
    const element = audio()
    if (!element) return
    const playable = track.narration.sources.find(source => element.canPlayType(source.type) !== '')
    if (!playable) return
    if (state.track.value?.stopSlug !== track.stopSlug || state.track.value?.lang !== track.lang) {
      state.track.value = track
      element.src = playable.src
      element.currentTime = savedPosition(track)
      state.currentTime.value = element.currentTime
    }
    else {
      state.track.value = track
    }
    element.playbackRate = state.rate.value
    if (autoplay) await start(element)
  }

  /** Plays, and says why when the browser cannot (the element's `error` event says it for later failures). */
  async function start(element: HTMLAudioElement) {
    state.failure.value = null
    try {
      const started = element.play()
      // The element is no longer paused from the call on; its 'play' event only follows in a later task, which
      // a busy phone can hold back: the button turns to Pause at the tap itself.
      state.playing.value = !element.paused
      await started
    }
    catch (error) {
      // A pause() or a new source while starting interrupts play(): that is no failure.
      if ((error as DOMException).name === 'AbortError') return
      state.playing.value = false
      state.failure.value = failureNow()
    }
  }

  return {
    ...state,
    load,
    play: () => {
      const element = audio()
      return element ? start(element) : undefined
    },
    pause: () => audio()?.pause(),
    toggle: () => {
      const element = audio()
      if (!element) return
      return element.paused ? start(element) : element.pause()
    },
    seek(seconds: number) {
      const element = audio()
      const duration = state.track.value?.narration.durationS ?? 0
      if (element) element.currentTime = Math.min(Math.max(0, seconds), duration)
    },
    skip(seconds: number) {
      this.seek((audio()?.currentTime ?? 0) + seconds)
    },
    setRate(rate: number) {
      state.rate.value = rate
      const element = audio()
      if (element) element.playbackRate = rate
      savePlayerSetting({ rate })
    },
    enqueue(track: GuideTrack) {
      if (!state.queue.value.some(queued => queued.stopSlug === track.stopSlug)) state.queue.value = [...state.queue.value, track]
    },
    /** Plays the first queued track, or the current track's next stop when the listener asked for it. */
    async advance() {
      const [queued, ...rest] = state.queue.value
      const current = state.track.value
      const next: GuideTrack | null = queued
        ?? (state.continueNext.value && current?.next ? { ...current.next, walkSlug: current.walkSlug, walkTitle: current.walkTitle, next: null } : null)
      if (!next) return
      state.queue.value = rest
      await nuxtApp.runWithContext(() => navigateTo(next.href))
      await load(next, { autoplay: true })
    },
    setContinueNext(on: boolean) {
      state.continueNext.value = on
      savePlayerSetting({ continueNext: on })
    },
    close() {
      const element = audio()
      element?.pause()
      element?.removeAttribute('src')
      element?.load()
      state.track.value = null
      state.playing.value = false
      state.failure.value = null
    },
  }
}
