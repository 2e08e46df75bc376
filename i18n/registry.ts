/**
 * The one list of UI languages: the i18n config, the language switcher, the content fallback and
 * (later) the web-app manifest all read it.
 */
export interface LocaleEntry {
  /** Route prefix and content folder name. */
  code: 'en' | 'zh' | 'ko' | 'ru' | 'fr' | 'ar'
  /** BCP 47 tag: matched against the browser's languages and written to <html lang>. */
  language: string
  /** The language's name in itself, as the switcher shows it. */
  name: string
  dir: 'ltr' | 'rtl'
}

export const LOCALES: readonly LocaleEntry[] = [
  { code: 'en', language: 'en', name: 'English', dir: 'ltr' },
  { code: 'zh', language: 'zh-CN', name: '简体中文', dir: 'ltr' },
  { code: 'ko', language: 'ko-KR', name: '한국어', dir: 'ltr' },
  { code: 'ru', language: 'ru-RU', name: 'Русский', dir: 'ltr' },
  { code: 'fr', language: 'fr-FR', name: 'Français', dir: 'ltr' },
  { code: 'ar', language: 'ar', name: 'العربية', dir: 'rtl' },
]

export type LocaleCode = LocaleEntry['code']

export const DEFAULT_LOCALE: LocaleCode = 'en'

/** Content is written in English first; a missing translation falls back to it. */
export const CONTENT_FALLBACK_LOCALE: LocaleCode = 'en'

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map(l => l.code)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value)
}

/** Writing direction of a language, for text shown in a language other than the page's. */
export function directionOf(code: LocaleCode): 'ltr' | 'rtl' {
  return LOCALES.find(l => l.code === code)?.dir ?? 'ltr'
}
