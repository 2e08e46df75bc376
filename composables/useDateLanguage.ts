import { LOCALES } from '~~/i18n/registry'

/** The BCP 47 language dates and numbers are written in for the page's language (Intl's `locales`). */
export function useDateLanguage() {
  const { locale } = useI18n()
  return computed(() => LOCALES.find(l => l.code === locale.value)!.language)
}
