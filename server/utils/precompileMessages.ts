import { baseCompile } from '@intlify/message-compiler'

// Only these characters make a message more than its text: named or list parameters, plurals, linked messages.
const SYNTAX = /[{}@|]/

type Messages = { [key: string]: Messages | Messages[] | string | unknown }

/**
 * A locale's messages with every message that holds syntax replaced by its compiled form (vue-i18n's
 * JIT AST, plain JSON), which the browser formats without the message compiler. Plain text stays text.
 */
export function precompileMessages<T>(messages: T): T {
  if (typeof messages === 'string') {
    if (!SYNTAX.test(messages)) return messages
    const { ast } = baseCompile(messages, { jit: true, location: false })
    return ast as T
  }
  if (Array.isArray(messages)) return messages.map(precompileMessages) as T
  if (messages && typeof messages === 'object') {
    return Object.fromEntries(Object.entries(messages as Messages).map(([key, value]) => [key, precompileMessages(value)])) as T
  }
  return messages
}
