import type { WalkDetail } from '#shared/types/walk'
import { applyFix, initialTriggerState, type Fix, type TriggerState } from '#shared/utils/walkTrigger'
import type { GuideTrack } from '~/composables/useAudioGuide'
import type { LocationProblem } from '~/composables/useUserLocation'

type WalkForMode = Pick<WalkDetail, 'slug' | 'title' | 'stops'>

/**
 * Walk mode: while the app is open, follows the walker's position and offers each stop's
 * narration on arrival (shared/utils/walkTrigger.ts has the rule). It never cuts off a playing
 * track (the stop is queued instead) and stops watching when the page is hidden and silent.
 */
export function useWalkMode() {
  const localePath = useLocalePath()
  const guide = useAudioGuide()
  const walk = useState<WalkForMode | null>('walk-mode-walk', () => null)
  const trigger = useState<TriggerState>('walk-mode-trigger', initialTriggerState)
  const lastFix = useState<Fix | null>('walk-mode-fix', () => null)
  const problem = useState<LocationProblem | null>('walk-mode-problem', () => null)
  const watchId = useState<number | null>('walk-mode-watch', () => null)

  const stopHref = (slug: string) => localePath(`/walks/${walk.value!.slug}/${slug}`)

  function trackFor(index: number): GuideTrack | null {
    const stops = walk.value!.stops
    const stop = stops[index]
    if (!stop?.narration) return null
    const following = stops.slice(index + 1).find(s => s.narration)
    return {
      stopSlug: stop.slug,
      walkSlug: walk.value!.slug,
      walkTitle: walk.value!.title,
      title: stop.title,
      lang: stop.lang,
      href: stopHref(stop.slug),
      narration: stop.narration,
      next: following?.narration
        ? { stopSlug: following.slug, title: following.title, lang: following.lang, href: stopHref(following.slug), narration: following.narration }
        : null,
    }
  }

  async function arrive(slug: string) {
    const index = walk.value!.stops.findIndex(s => s.slug === slug)
    const track = trackFor(index)
    if (!track) {
      await navigateTo(stopHref(slug))
      return
    }
    if (guide.playing.value) {
      guide.enqueue(track)
      return
    }
    await navigateTo(track.href)
    await guide.load(track, { autoplay: true })
  }

  function onPosition(position: GeolocationPosition) {
    problem.value = null
    const fix: Fix = { lat: position.coords.latitude, lng: position.coords.longitude, accuracy: position.coords.accuracy }
    lastFix.value = fix
    if (!walk.value) return
    const result = applyFix(walk.value.stops, trigger.value, fix)
    trigger.value = result.state
    if (result.arrived) arrive(result.arrived)
  }

  function watchPosition() {
    if (watchId.value !== null || !walk.value) return
    if (!('geolocation' in navigator)) {
      problem.value = 'unsupported'
      return
    }
    watchId.value = navigator.geolocation.watchPosition(
      onPosition,
      error => (problem.value = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
    )
  }

  function pauseWatching() {
    if (watchId.value === null) return
    navigator.geolocation.clearWatch(watchId.value)
    watchId.value = null
  }

  /** The next stop in walk order that has not fired yet. */
  const nextStop = computed(() => walk.value?.stops.find(s => !trigger.value.fired.includes(s.slug)) ?? null)

  return {
    walk,
    active: computed(() => walk.value !== null),
    watching: computed(() => watchId.value !== null),
    fired: computed(() => trigger.value.fired),
    lastFix,
    problem,
    nextStop,
    start(detail: WalkForMode) {
      pauseWatching()
      walk.value = { slug: detail.slug, title: detail.title, stops: detail.stops }
      trigger.value = initialTriggerState()
      lastFix.value = null
      watchPosition()
    },
    stop() {
      pauseWatching()
      walk.value = null
      guide.queue.value = []
    },
    watchPosition,
    pauseWatching,
  }
}
