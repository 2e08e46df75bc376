/** `<html lang dir>`, hreflang links, the title template and the web-app manifest for the current language. */
export function useDocumentHead() {
  const { t, locale } = useI18n()
  const head = useLocaleHead({ dir: true, lang: true, seo: true })

  useHead(() => ({
    htmlAttrs: { lang: head.value.htmlAttrs?.lang, dir: head.value.htmlAttrs?.dir as 'ltr' | 'rtl' | undefined },
    link: [
      ...(head.value.link ?? []),
      { rel: 'manifest', href: `/manifest/${locale.value}.webmanifest` },
      { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' },
    ],
    meta: [
      ...(head.value.meta ?? []),
      // iOS ignores the manifest's name and display mode: it reads these when added to the home screen.
      { name: 'apple-mobile-web-app-capable', content: 'yes' },
      { name: 'mobile-web-app-capable', content: 'yes' },
      { name: 'apple-mobile-web-app-title', content: t('app.shortName') },
      { name: 'apple-mobile-web-app-status-bar-style', content: 'default' },
    ],
    titleTemplate: (title?: string) => (title ? `${title} · ${t('app.name')}` : t('app.name')),
  }))
}
