import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import { describe, expect, it } from 'vitest'
import { hasAllowedScheme } from '../../../../shared/markdown/linkSafety'
import { STOP_TEXT_SANITISER, STOP_TEXT_SCHEMA } from '../../../../shared/markdown/stopTextSanitiser'
import { BENIGN_BODIES, HOSTILE_BODIES } from '../../support/hostileMarkdown'

interface RenderedNode { type: string, tag?: string, props?: Record<string, unknown>, children?: RenderedNode[] }

/** The body as the stop page and the studio preview get it: @nuxtjs/mdc's parser, with or without the sanitiser. */
async function rendered(markdown: string, sanitised = true): Promise<RenderedNode> {
  const options = sanitised ? { rehype: { plugins: STOP_TEXT_SANITISER } } : {}
  return (await parseMarkdown(markdown, { toc: false, highlight: false, ...options })).body as RenderedNode
}

function* elements(node: RenderedNode): Generator<RenderedNode> {
  if (node.type === 'element') yield node
  for (const child of node.children ?? []) yield* elements(child)
}

const allowedAttributes = (tag: string) => (STOP_TEXT_SCHEMA.attributes?.[tag] ?? []).map(entry => typeof entry === 'string' ? entry : entry[0])
const isOwnPath = (url: string) => /^[/#](?!\/)/.test(url)

/** Everything in a rendered body that the allow-list should have removed. */
function violations(body: RenderedNode): string[] {
  return [...elements(body)].flatMap(({ tag = '', props = {} }) => [
    ...STOP_TEXT_SCHEMA.tagNames!.includes(tag) ? [] : [`<${tag}>`],
    ...Object.keys(props).filter(name => !allowedAttributes(tag).includes(name)).map(name => `${tag}[${name}]`),
    ...typeof props.href === 'string' && !isOwnPath(props.href) && !hasAllowedScheme(props.href) ? [`href=${props.href}`] : [],
    ...typeof props.src === 'string' && /^[a-z][a-z\d+.-]*:/i.test(props.src) ? [`src=${props.src}`] : [],
  ])
}

describe('the stop-text sanitiser', () => {
  it.each(HOSTILE_BODIES)('neutralises $label', async ({ markdown }) => {
    expect(violations(await rendered(markdown))).toEqual([])
  })

  it('is needed: the parser\'s own deny-list keeps SVG animation, frames, scripts, styles, forms and MathML', async () => {
    const kept = await Promise.all(HOSTILE_BODIES.map(async ({ markdown }) => violations(await rendered(markdown, false))))
    expect(kept.flat()).toEqual(expect.arrayContaining(['<animate>', 'animate[values]', '<set>', 'set[to]', '<iframe>', '<script>', 'p[style]', '<form>', 'form[action]', '<math>']))
  })

  it('keeps the text of an element it unwraps, and drops script and style with their content', async () => {
    expect(await rendered('<p onclick="x()">tap <span style="color:red">here</span></p><style>p{}</style><script>x()</script>')).toEqual(
      { type: 'root', children: [{ type: 'element', tag: 'p', props: {}, children: [{ type: 'text', value: 'tap ' }, { type: 'text', value: 'here' }] }] },
    )
  })

  it.each(BENIGN_BODIES)('leaves $label exactly as the parser renders it', async ({ markdown }) => {
    const sanitised = await rendered(markdown)
    expect(sanitised).toEqual(await rendered(markdown, false))
    expect([...elements(sanitised)].length).toBeGreaterThan(1)
  })
})
