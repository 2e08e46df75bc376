import type { NarrationState, TranslationState } from '#shared/types/studio'

/** Translated names of the translation and narration states, for the studio's status page. */
export function useStatusLabels() {
  const { t } = useI18n()
  const labels = computed((): Record<TranslationState | NarrationState, string> => ({
    original: t('studio.original'),
    current: t('studio.current'),
    stale: t('studio.stale'),
    missing: t('studio.missing'),
    recorded: t('studio.recorded'),
    synthesised: t('studio.synthesised'),
    outdated: t('studio.narrationOutdated'),
    none: t('studio.noNarration'),
  }))
  return { label: (state: TranslationState | NarrationState) => labels.value[state] }
}
