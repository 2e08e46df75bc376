import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../i18n/locales/en.json'
import ar from '../../i18n/locales/ar.json'
import { browserMessages } from '../../server/utils/browserMessages'
import { precompileMessages } from '../../server/utils/precompileMessages'

// The app's typed locales do not fit a throwaway instance holding messages under one code.
type Translate = (key: string, values: Record<string, unknown> | number) => string
const untypedCreateI18n = createI18n as (options: object) => { global: { t: Translate } }

describe('precompileMessages', () => {
  it('leaves plain text as text and compiles only messages with parameters, plurals or links', () => {
    const compiled = precompileMessages({ a: 'Plain text.', b: { c: 'Hello {name}', d: 'no stops | one stop | {n} stops' }, list: ['x', 'at {\'@\'} sign'] })
    expect(compiled.a).toBe('Plain text.')
    expect(typeof compiled.b.c).toBe('object')
    expect(typeof compiled.b.d).toBe('object')
    expect(compiled.list[0]).toBe('x')
    // Plain JSON: what the messages route sends the browser.
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled)
  })

  it('says every message of the app exactly as its source text does, in English and Arabic', () => {
    for (const messages of [en, ar]) {
      // Under one locale code: vue-i18n's plural choice is the same for every language unless told otherwise.
      const translator = (loaded: object) => untypedCreateI18n({ legacy: false, locale: 'en', messages: { en: loaded } }).global.t
      const fromSource = translator(messages)
      const fromCompiled = translator(precompileMessages(messages))
      const keys: string[] = []
      const walk = (node: unknown, path: string[]) => {
        if (typeof node === 'string') keys.push(path.join('.'))
        else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) walk(value, [...path, key])
      }
      walk(messages, [])
      expect(keys.length).toBeGreaterThan(600)
      const params = { name: 'Lina', n: 3, title: 'Yuyuan Road', walk: 'Yuyuan Road', time: '1:05', distance: '300 m', position: 2, count: 2 }
      for (const key of keys) {
        expect(fromCompiled(key, params), key).toBe(fromSource(key, params))
        expect(fromCompiled(key, 1), key).toBe(fromSource(key, 1))
      }
    }
  })
})

describe('browserMessages', () => {
  it('sends each locale every namespace but the e-mails, precompiled', () => {
    const sent = browserMessages({ en, ar }) as Record<'en' | 'ar', Record<string, unknown>>
    for (const [code, source] of [['en', en], ['ar', ar]] as const) {
      expect(Object.keys(sent[code]).sort()).toEqual(Object.keys(source).filter(namespace => namespace !== 'email').sort())
      expect(sent[code].signup).toEqual(precompileMessages(source.signup))
    }
    // A tenth of what a phone downloads and reads for its language.
    expect(JSON.stringify(sent.en).length).toBeLessThan(JSON.stringify(precompileMessages(en)).length * 0.9)
  })
})
