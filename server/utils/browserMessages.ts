import { SERVER_ONLY_NAMESPACES } from '../../shared/i18nServerOnly'
import { precompileMessages } from './precompileMessages'

const isPlainObject = (value: unknown): value is Record<string, unknown> => Object.prototype.toString.call(value) === '[object Object]'
const serverOnly = new Set<string>(SERVER_ONLY_NAMESPACES)

/**
 * What the messages route sends the browser (its answer is keyed by locale): each locale's messages
 * precompiled, and without the namespaces only the server reads. Any other answer comes back as it was.
 */
export function browserMessages(body: unknown): unknown {
  if (!isPlainObject(body)) return body
  return Object.fromEntries(Object.entries(body).map(([locale, messages]) => [locale, isPlainObject(messages)
    ? precompileMessages(Object.fromEntries(Object.entries(messages).filter(([namespace]) => !serverOnly.has(namespace))))
    : messages]))
}
