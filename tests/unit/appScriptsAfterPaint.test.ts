import { describe, expect, it } from 'vitest'
import { appScriptsAfterPaint } from '../../server/utils/appScriptsAfterPaint'

const HEAD = '<meta charset="utf-8"><style>.a{}</style>'
  + '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.js">'
  + '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/page.js">'
  + '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/shared.js">'
  + '<script type="module" src="/_nuxt/entry.js" crossorigin></script>'
  + '<link rel="icon" type="image/svg+xml" href="/favicon.svg">'

/** Runs the loader against a stand-in for the browser; returns what it appended, and the events to fire. */
function runLoader(loader: string, hidden: boolean) {
  const appended: Record<string, unknown>[] = []
  const listeners: Record<string, () => void> = {}
  const frames: (() => void)[] = []
  const tasks: (() => void)[] = []
  const document = {
    hidden,
    head: { append: (element: Record<string, unknown>) => appended.push(element) },
    createElement: (tag: string) => ({ tag }),
  }
  const addEventListener = (type: string, listener: () => void) => (listeners[type] = listener)
  new Function('document', 'addEventListener', 'requestAnimationFrame', 'setTimeout', loader)(
    document, addEventListener, (frame: () => void) => frames.push(frame), (task: () => void) => tasks.push(task))
  return { appended, fire: (type: string) => listeners[type]?.(), frames, tasks }
}

describe('appScriptsAfterPaint', () => {
  it('takes the entry script and the module preloads out of the head and keeps everything else', () => {
    const deferred = appScriptsAfterPaint(HEAD)!
    expect(deferred.head).toBe('<meta charset="utf-8"><style>.a{}</style><link rel="icon" type="image/svg+xml" href="/favicon.svg">')
  })

  it('adds the preloads and then the entry script, one a task, once the page is parsed and a frame painted', () => {
    const browser = runLoader(appScriptsAfterPaint(HEAD)!.loader, false)
    browser.fire('DOMContentLoaded')
    browser.frames.shift()!()
    expect(browser.appended).toEqual([])
    const appendedAfterEachTask: number[] = []
    while (browser.tasks.length) {
      browser.tasks.shift()!()
      appendedAfterEachTask.push(browser.appended.length)
    }
    expect(appendedAfterEachTask).toEqual([1, 2, 3])
    expect(browser.appended).toEqual([
      { tag: 'link', rel: 'modulepreload', href: '/_nuxt/page.js', crossOrigin: '' },
      { tag: 'link', rel: 'modulepreload', href: '/_nuxt/shared.js', crossOrigin: '' },
      { tag: 'script', type: 'module', src: '/_nuxt/entry.js', crossOrigin: '' },
    ])
  })

  it('loads at once in a hidden tab, which paints no frame', () => {
    const browser = runLoader(appScriptsAfterPaint(HEAD)!.loader, true)
    browser.fire('DOMContentLoaded')
    expect(browser.appended.map(element => element.tag)).toEqual(['link', 'link', 'script'])
  })

  it('leaves a page without its module script alone', () => {
    expect(appScriptsAfterPaint('<meta charset="utf-8">')).toBeNull()
  })

  it('cannot be made to close the inline script by a file name', () => {
    const head = '<script type="module" src="/_nuxt/a</script>.js" crossorigin></script>'
    expect(appScriptsAfterPaint(head)?.loader ?? '').not.toContain('</script>')
  })
})
