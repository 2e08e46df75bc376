import type { Page } from '@playwright/test'

/**
 * Script-injection vectors. Each one, if a page ever let it run, sets `window.__xss` (or `parent.__xss`
 * from a frame) or opens an alert; the CSP admits inline scripts, so only escaping stands in the way.
 */
export const RUN = 'window.__xss=1'

export interface Payload {
  id: string
  /** The stored or reflected text. */
  text: string
  /**
   * The markup context it breaks out of, where it is live (default: element content); null: live only
   * where a template compiler or string interpolation ran over it, which no page does.
   */
  live?: ((text: string) => string) | null
}

export const PAYLOADS: readonly Payload[] = [
  { id: 'script', text: `<script>${RUN}</script>` },
  { id: 'img-onerror', text: `<img src=x onerror=${RUN}>` },
  { id: 'svg-onload', text: `<svg onload=${RUN}>` },
  { id: 'svg-animate', text: `<svg><a><animate attributeName=href values="javascript:${RUN}"/><text y=20>svg-link</text></a></svg>` },
  { id: 'js-link', text: `<a href="javascript:${RUN}">js-link</a>` },
  { id: 'js-link-tab', text: `<a href="java\tscript:alert('tab')">tab-link</a>` },
  { id: 'js-link-newline', text: `<a href="java\nscript:${RUN}">nl-link</a>` },
  { id: 'js-link-entities', text: `<a href="&#106;ava&#x09;script&colon;alert('entities')">entity-link</a>` },
  { id: 'iframe-srcdoc', text: `<iframe srcdoc="&lt;script&gt;parent.__xss=1&lt;/script&gt;"></iframe>` },
  { id: 'attr-breakout-double', text: `"><script>${RUN}</script>`, live: t => `<input value="${t}">` },
  { id: 'attr-breakout-single', text: `'><img src=x onerror=alert('single')>`, live: t => `<input value='${t}'>` },
  { id: 'vue-template', text: `{{constructor.constructor('${RUN}')()}}`, live: null },
  { id: 'vue-template-t', text: `{{ $t.constructor('alert("vue")')() }}`, live: null },
  { id: 'json-script-close', text: `</script><script>${RUN}</script>`, live: t => `<script type="application/json">{"a":"${t}"}</script>` },
  { id: 'textarea-close', text: `</textarea><img src=x onerror=${RUN}>`, live: t => `<textarea>${t}</textarea>` },
  { id: 'title-close', text: `</title><script>${RUN}</script>`, live: t => `<title>${t}</title>` },
  { id: 'data-url', text: `<a href="data:text/html,<script>alert('data')</script>">data-link</a>` },
  { id: 'style-expression', text: `<div style="width:expression(${RUN});background:url('javascript:${RUN}')">css</div>` },
  { id: 'details-ontoggle', text: `<details open ontoggle=${RUN}><summary>d</summary></details>` },
  { id: 'autofocus-onfocus', text: `<input autofocus onfocus=${RUN}>` },
  { id: 'mxss-math', text: `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>` },
  { id: 'object-data', text: `<object data="javascript:${RUN}"></object>` },
  { id: 'meta-refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">` },
  { id: 'js-template-literal', text: '${alert(`tpl`)}', live: null },
]

/** Markdown-only vectors for a volunteer's stop text (HTML vectors go in too). */
export const MARKDOWN_PAYLOADS: readonly Payload[] = [
  { id: 'md-js-link', text: `[md-link](javascript:${RUN})` },
  { id: 'md-js-link-tab', text: `[md-tab](<java\tscript:${RUN}>)` },
  { id: 'md-js-link-entity', text: `[md-entity](jav&#x61;script:${RUN})` },
  { id: 'md-data-image', text: `![md-img](data:image/svg+xml,<svg onload=alert(1)>)` },
  { id: 'md-autolink', text: `<javascript:${RUN}>` },
  { id: 'mdc-component', text: `:iframe{srcdoc="<script>parent.__xss=1</script>"}` },
]

/** Splits texts into chunks joined by `separator` of at most `max` characters each. */
export function chunked(texts: readonly string[], max: number, separator = ' '): string[] {
  const chunks: string[] = []
  let current = ''
  for (const text of texts) {
    if (text.length > max) throw new Error(`payload longer than ${max}: ${text}`)
    const next = current ? `${current}${separator}${text}` : text
    if (next.length > max) {
      chunks.push(current)
      current = text
    }
    else current = next
  }
  if (current) chunks.push(current)
  return chunks
}

/** What one page showed: dialogs and uncaught errors, recorded from the moment it was watched. */
export interface Watched {
  dialogs: string[]
  pageErrors: string[]
}

export function watch(page: Page): Watched {
  const watched: Watched = { dialogs: [], pageErrors: [] }
  page.on('dialog', (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => {})
  })
  page.on('pageerror', error => watched.pageErrors.push(error.message))
  return watched
}

/**
 * Every way a payload could have become live markup in the document, listed (empty when none).
 * Inside `sanitised` (a Markdown preview, whose sanitiser keeps harmless tags by design) an element
 * may exist, but still carries no handler and no script URL.
 */
export async function liveMarkup(page: Page, sanitised?: string): Promise<string[]> {
  return page.evaluate((sanitised) => {
    const found: string[] = []
    /** Attributes a browser follows as a URL: a script scheme there runs when followed. */
    const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'codebase', 'cite'])
    /** Attributes whose text becomes markup, script or style. */
    const CODE_ATTRIBUTES = new Set(['srcdoc', 'values', 'from', 'to', 'by', 'style'])
    // As a browser reads a URL: controls, tabs and line breaks dropped before the scheme.
    const SCRIPT_SCHEME = /^(javascript|vbscript|data:text\/html)/i
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase()
        const value = attribute.value
        const hostile = /__xss|alert\(/i.test(value)
        // eslint-disable-next-line no-control-regex -- a browser drops exactly these from a URL
        const asUrl = value.replace(/[\u0000-\u0020]/g, '')
        if ((name.startsWith('on') && hostile)
          || (URL_ATTRIBUTES.has(name) && SCRIPT_SCHEME.test(asUrl))
          || (CODE_ATTRIBUTES.has(name) && hostile)) found.push(`<${element.localName} ${name}="${value}">`)
      }
      const tag = element.localName
      if (sanitised && element.closest(sanitised)) {
        if (['script', 'iframe', 'object', 'embed', 'animate', 'set', 'meta', 'style', 'svg', 'math', 'form', 'input', 'base', 'link'].includes(tag)) found.push(`sanitised: ${element.outerHTML}`)
        continue
      }
      if (tag === 'script' && element.getAttribute('type') !== 'application/json' && /__xss|alert\(/.test(element.textContent ?? '')) found.push(`<script>${element.textContent}</script>`)
      if (['iframe', 'object', 'embed', 'animate', 'set'].includes(tag)) found.push(`<${tag}>`)
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>')
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>')
    }
    return found
  }, sanitised)
}

/** Whether any payload set its flag, in the page or in any frame of it. */
export async function flagged(page: Page): Promise<unknown[]> {
  const flags: unknown[] = []
  for (const frame of page.frames()) {
    const flag = await frame.evaluate(() => (window as { __xss?: unknown }).__xss).catch(() => undefined)
    if (flag !== undefined) flags.push(flag)
  }
  return flags
}
