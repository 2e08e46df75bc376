/** A language's name in the reader's language ("Russian", "俄语"…), from the browser's own list. */
export function useLanguageName() {
  const { locale } = useI18n()
  const names = computed(() => new Intl.DisplayNames([locale.value], { type: 'language' }))
  return (code: string) => {
    try {
      return names.value.of(code) ?? code
    }
    catch {
      // Not a language code at all (a mistyped address): shown as it is.
      return code
    }
  }
}
