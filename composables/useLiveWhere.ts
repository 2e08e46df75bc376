import type { EventRouteStop } from '#shared/types/event'
import type { LiveState } from '#shared/types/live'

/**
 * Where the group is, as one sentence in the reader's language: the follow page, the follow bar and the
 * guide's page all say it. Before the start each says it in its own words (`waiting`).
 */
export function useLiveWhere(state: () => LiveState | null, stop: () => EventRouteStop | null, waiting: () => string) {
  const { t } = useI18n()
  return computed(() => {
    const current = state()
    if (!current || current.status === 'waiting') return waiting()
    if (current.status === 'ended') return t('live.ended')
    const here = stop()
    return here ? t('live.groupAt', { n: here.number, title: here.title }) : t('live.started')
  })
}
