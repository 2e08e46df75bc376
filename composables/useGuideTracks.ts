import type { StopDetail, WalkDetail } from '#shared/types/walk'
import type { GuideTrack } from '~/composables/useAudioGuide'

/** The audio guide's tracks for a page: a stop's narration, or a walk's introduction leading into its first stop. */
export function useGuideTracks() {
  const localePath = useLocalePath()

  function stopTrack(stop: StopDetail): GuideTrack | null {
    if (!stop.narration) return null
    return {
      stopSlug: stop.slug,
      walkSlug: stop.walk.slug,
      title: stop.title,
      walkTitle: stop.walk.title,
      lang: stop.lang,
      href: localePath(`/walks/${stop.walk.slug}/${stop.slug}`),
      narration: stop.narration,
      next: stop.next?.narration
        ? { stopSlug: stop.next.slug, title: stop.next.title, lang: stop.next.lang, href: localePath(`/walks/${stop.walk.slug}/${stop.next.slug}`), narration: stop.next.narration }
        : null,
    }
  }

  // Keyed by the walk's slug, which no stop shares (content:check makes sure), for its remembered position.
  function introTrack(walk: WalkDetail): GuideTrack | null {
    if (!walk.narration) return null
    const first = walk.stops[0]
    return {
      stopSlug: walk.slug,
      walkSlug: walk.slug,
      title: walk.title,
      walkTitle: walk.title,
      lang: walk.lang,
      href: localePath(`/walks/${walk.slug}`),
      narration: walk.narration,
      next: first?.narration
        ? { stopSlug: first.slug, title: first.title, lang: first.lang, href: localePath(`/walks/${walk.slug}/${first.slug}`), narration: first.narration }
        : null,
    }
  }

  return { stopTrack, introTrack }
}
