import { describe, expect, it } from 'vitest'
import { multiLineText, singleLineText } from '../../../shared/schemas/text'

const BENIGN = [
  'Li Wei', '李伟', '이지은', 'Анна Каренина', 'محمد الأحمد', 'Zoë O’Brien-Łukasz', 'café ☕ 🎉 👩🏽‍🎓',
  // Marks that Arabic and Hebrew text needs are not overrides.
  'نص\u200Fعربي', 'a\u200Db', '<b>shown as text</b>', '𝒜 𝟙 𠜎',
]
const HIDDEN = {
  'NUL': 'a\u0000b',
  'bell': 'a\u0007b',
  'backspace': 'ab\u0008c',
  'escape': '\u001B[31mred',
  'delete': 'a\u007Fb',
  'C1 next line': 'a\u0085b',
  'C1 CSI': 'a\u009Bb',
  'LRE': 'a\u202Ab', 'RLE': 'a\u202Bb', 'PDF': 'a\u202Cb', 'LRO': 'a\u202Db', 'RLO': '\u202Eevil',
  'LRI': 'a\u2066b', 'RLI': 'a\u2067b', 'FSI': 'a\u2068b', 'PDI': 'a\u2069b',
  'lone high surrogate': 'a\uD83Db',
  'lone low surrogate': '\uDE00',
  'noncharacter': 'a\uFFFF',
}
const LINE_BREAKS = { 'line feed': 'a\nb', 'carriage return': 'a\rb', 'CRLF': 'a\r\nb', 'tab': 'a\tb', 'line separator': 'a\u2028b', 'paragraph separator': 'a\u2029b' }

describe('singleLineText', () => {
  const schema = singleLineText('name')

  it.each(BENIGN)('accepts %s', (text) => {
    expect(schema.safeParse(text)).toEqual({ success: true, data: text })
  })

  it.each(Object.entries({ ...HIDDEN, ...LINE_BREAKS }))('refuses %s, naming the field', (_label, text) => {
    const result = schema.safeParse(text)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('name')
  })
})

describe('multiLineText', () => {
  const schema = multiLineText('descriptions')

  it.each([...BENIGN, 'first line\nsecond line', 'col\tcol'])('accepts %j', (text) => {
    expect(schema.safeParse(text)).toEqual({ success: true, data: text })
  })

  it('keeps line ends as line feeds, whatever system typed them', () => {
    expect(schema.parse('Windows\r\nold Mac\rUnix\n')).toBe('Windows\nold Mac\nUnix\n')
  })

  it.each(Object.entries(HIDDEN))('refuses %s', (_label, text) => {
    expect(schema.safeParse(text).success).toBe(false)
  })
})
