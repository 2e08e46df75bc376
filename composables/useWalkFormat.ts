import type { COMPASS_POINTS } from '#shared/utils/geo'
import { compassPoint } from '#shared/utils/geo'
import { formatShortNumber } from '#shared/utils/shortNumber'
import type { LocaleCode } from '~~/i18n/registry'

/** Distances, durations and directions as the current language writes them. */
export function useWalkFormat() {
  const { t, locale } = useI18n()
  const number = (value: number) => formatShortNumber(value, locale.value as LocaleCode)

  const compassNames = computed<Record<(typeof COMPASS_POINTS)[number], string>>(() => ({
    n: t('compass.n'),
    ne: t('compass.ne'),
    e: t('compass.e'),
    se: t('compass.se'),
    s: t('compass.s'),
    sw: t('compass.sw'),
    w: t('compass.w'),
    nw: t('compass.nw'),
  }))

  return {
    distance: (metres: number) => metres < 1000
      ? t('units.metres', { n: number(Math.round(metres / 10) * 10) })
      : t('units.kilometres', { n: number(Math.round(metres / 100) / 10) }),
    duration: (minutes: number) => t('units.minutes', { n: number(minutes) }, minutes),
    direction: (bearing: number) => compassNames.value[compassPoint(bearing)],
  }
}
