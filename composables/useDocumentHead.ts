/** `<html lang dir>`, hreflang links and the title template for the current language. */
export function useDocumentHead() {
  const { t } = useI18n()
  const head = useLocaleHead({ dir: true, lang: true, seo: true })

  useHead(() => ({
    htmlAttrs: { lang: head.value.htmlAttrs?.lang, dir: head.value.htmlAttrs?.dir as 'ltr' | 'rtl' | undefined },
    link: head.value.link,
    meta: head.value.meta,
    titleTemplate: (title?: string) => (title ? `${title} · ${t('app.name')}` : t('app.name')),
  }))
}
