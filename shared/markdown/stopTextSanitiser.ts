import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize'
import { LINK_SCHEMES } from './linkSafety'

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

/**
 * The one allow-list every stop and walk text is rendered through, published or previewed: the elements
 * Markdown writes and nothing else: no SVG, MathML, scripts, style sheets or attributes, frames, forms or event handlers.
 */
export const STOP_TEXT_SCHEMA: Schema = {
  tagNames: ['p', 'br', 'hr', ...HEADINGS, 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  attributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    ...Object.fromEntries(HEADINGS.map(tag => [tag, ['id']])),
  },
  protocols: {
    href: [...LINK_SCHEMES],
    // Images come from this site only: an empty list would allow every scheme, and '' matches none.
    src: [''],
  },
  // Ids get a prefix so a text cannot shadow the page's own elements or globals (DOM clobbering).
  clobber: ['id'],
  clobberPrefix: 'user-content-',
  // Removed with their content; any other element outside the list is unwrapped, its text kept.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'option', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
}

/** The rehype step @nuxt/content builds pages with (nuxt.config.ts) and the studio preview parses with. */
export const STOP_TEXT_SANITISER = { 'rehype-sanitize': { instance: rehypeSanitize, options: STOP_TEXT_SCHEMA } }
