import type { VisitingStatus } from '#shared/schemas/content'

/** Each visiting status in the reader's language, each key written out for the i18n check. */
export function useVisitingStatusLabels() {
  const { t } = useI18n()
  return computed((): Record<VisitingStatus, string> => ({
    open: t('stop.practical.status.open'),
    groundsOpen: t('stop.practical.status.groundsOpen'),
    byArrangement: t('stop.practical.status.byArrangement'),
    mayNeedBooking: t('stop.practical.status.mayNeedBooking'),
    publicSpace: t('stop.practical.status.publicSpace'),
    unconfirmed: t('stop.practical.status.unconfirmed'),
  }))
}
