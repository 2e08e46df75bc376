import ar from '../../i18n/locales/ar.json'
import en from '../../i18n/locales/en.json'
import fr from '../../i18n/locales/fr.json'
import ko from '../../i18n/locales/ko.json'
import ru from '../../i18n/locales/ru.json'
import zh from '../../i18n/locales/zh.json'
import { isLocaleCode, type LocaleCode } from '../../i18n/registry'

const MESSAGES: Record<LocaleCode, unknown> = { en, zh, ko, ru, fr, ar }

function lookup(messages: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  return typeof value === 'string' ? value : undefined
}

/** Server-side messages (e-mails) from the same locale files as the app, in the reader's language. */
export function mailTranslator(language: string) {
  const locale: LocaleCode = isLocaleCode(language) ? language : 'en'
  return (key: string, params: Record<string, string | number> = {}) => {
    const template = lookup(MESSAGES[locale], key) ?? lookup(MESSAGES.en, key) ?? key
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
  }
}
