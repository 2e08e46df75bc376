import { readFileSync } from 'node:fs'
import type en from '../../../i18n/locales/en.json'

/** The app's own messages in one language, so tests find buttons by the words a student sees. */
export function messages(locale: string): typeof en {
  return JSON.parse(readFileSync(new URL(`../../../i18n/locales/${locale}.json`, import.meta.url), 'utf8'))
}
