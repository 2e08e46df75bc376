import type { LivePreset } from '#shared/types/live'

/** The guide's one-tap phrases in the reader's language. */
export function useLivePresetLabels() {
  const { t } = useI18n()
  // Written out key by key: the i18n check finds every message a page uses by its literal name.
  return computed<Record<LivePreset, string>>(() => ({
    gatherHere: t('live.preset.gatherHere'),
    toiletsHere: t('live.preset.toiletsHere'),
    nextStopAhead: t('live.preset.nextStopAhead'),
    runningLate: t('live.preset.runningLate'),
    stayOnPavement: t('live.preset.stayOnPavement'),
    stayTogether: t('live.preset.stayTogether'),
    questions: t('live.preset.questions'),
    walkEnds: t('live.preset.walkEnds'),
  }))
}
