const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*? href="([^"]+)"[^>]*>/g
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"[^>]*><\/script>/g

// Runs at the end of the page: once it is parsed and one frame painted (a task queued from an animation frame
// runs after that frame), it adds the preloads and the entry script; a hidden page paints nothing, so at once.
// Each element is added in a task of its own: on a slow phone adding a dozen at once blocked the page for 200 ms.
const LOADER = `addEventListener('DOMContentLoaded', () => {
  const steps = MODULES.map(href => () => document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' })))
  steps.push(() => document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: ENTRY, crossOrigin: '' })))
  const next = () => {
    steps.shift()()
    if (steps.length) setTimeout(next)
  }
  if (document.hidden) steps.splice(0).forEach(step => step())
  else requestAnimationFrame(() => setTimeout(next))
}, { once: true })`

const inScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c')

/**
 * Takes the app's module script and its preload hints out of a page's head tags and returns the inline
 * script that adds them back once the server-rendered page has been painted.
 * Null when the head has no single module script (a page rendered without scripts).
 */
export function appScriptsAfterPaint(head: string): { head: string, loader: string } | null {
  const entries = [...head.matchAll(MODULE_SCRIPT)].map(match => match[1]!)
  if (entries.length !== 1) return null
  const modules = [...head.matchAll(MODULE_PRELOAD)].map(match => match[1]!).filter(href => href !== entries[0])
  return {
    head: head.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, ''),
    loader: LOADER.replace('MODULES', inScript(modules)).replace('ENTRY', inScript(entries[0])),
  }
}
