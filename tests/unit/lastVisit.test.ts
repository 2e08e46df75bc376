import { afterEach, describe, expect, it } from 'vitest'
import { MARK_WALK_TO_CONTINUE, markWalkToContinue } from '../../utils/lastVisit'

// The served page's inline script and the app's own code must mark the same phones.
function phoneWith(stored: Record<string, string>) {
  const attributes = new Set<string>()
  const storage = Object.assign(Object.create({ getItem: (key: string) => stored[key] ?? null }), stored)
  Object.assign(globalThis, { localStorage: storage, document: { documentElement: { setAttribute: (name: string) => attributes.add(name) } } })
  return attributes
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage')
  Reflect.deleteProperty(globalThis, 'document')
})

const cases: [string, Record<string, string>, boolean][] = [
  ['nothing stored', {}, false],
  ['a stop with its number', { 'citywalk:last-stop:yuyuan-road': JSON.stringify({ stopSlug: 'qian-xuesen-residence', number: 3, at: 1 }) }, true],
  ['a stop stored by an older version, without its number', { 'citywalk:last-stop:yuyuan-road': JSON.stringify({ stopSlug: 'qian-xuesen-residence', at: 1 }) }, false],
  ['only other keys', { 'citywalk:position:en:qian-xuesen-residence': '80', 'citywalk_locale': 'en' }, false],
  ['a broken record', { 'citywalk:last-stop:yuyuan-road': '{' }, false],
]

describe('the "walk to continue" mark', () => {
  it.each(cases)('%s: the inline script and the app agree', (_name, stored, expected) => {
    const byScript = phoneWith(stored)
    new Function(MARK_WALK_TO_CONTINUE)()
    const byApp = phoneWith(stored)
    markWalkToContinue()
    expect(byScript.has('data-walk-to-continue')).toBe(expected)
    expect(byApp.has('data-walk-to-continue')).toBe(expected)
  })
})
