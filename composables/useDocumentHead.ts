import { LOCALES } from '~~/i18n/registry'

/** `<html lang dir>`, hreflang links, the title template and the web-app manifest for the current language. */
export function useDocumentHead() {
  const { t, locale } = useI18n()
  const language = computed(() => LOCALES.find(entry => entry.code === locale.value) ?? LOCALES[0]!)

  // hreflang, canonical and og:locale are for search engines, which read the server's HTML. Working
  // them out again in the browser took a fifth of a cheap phone's hydration (~50 ms).
  if (import.meta.server) {
    const seo = useLocaleHead({ seo: true })
    useHead(() => ({ link: seo.value.link ?? [], meta: seo.value.meta ?? [] }))
  }

  useHead(() => ({
    htmlAttrs: { lang: language.value.language, dir: language.value.dir },
    link: [
      { rel: 'manifest', href: `/manifest/${locale.value}.webmanifest` },
      { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' },
    ],
    meta: [
      // iOS ignores the manifest's name and display mode: it reads these when added to the home screen.
      { name: 'apple-mobile-web-app-capable', content: 'yes' },
      { name: 'mobile-web-app-capable', content: 'yes' },
      { name: 'apple-mobile-web-app-title', content: t('app.shortName') },
      { name: 'apple-mobile-web-app-status-bar-style', content: 'default' },
    ],
    titleTemplate: (title?: string) => (title ? `${title} · ${t('app.name')}` : t('app.name')),
  }))
}
