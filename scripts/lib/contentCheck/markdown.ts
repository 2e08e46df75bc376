import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMdc from 'remark-mdc'
import type { Node as MdNode } from 'mdast'
import { hasAllowedScheme, scriptUrlIn } from '../../../shared/markdown/linkSafety'
import { error, type Problem } from './problem'
import { brokenLinkReason, type Site } from './site'
import type { TextFile } from './contentTree'

// The parsers @nuxt/content renders Markdown with (through @nuxtjs/mdc), so the check sees what readers get.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdc)

const MDC_COMPONENTS = new Set(['containerComponent', 'leafComponent', 'textComponent'])

export type MarkdownProblemCode = 'rawHtml' | 'component' | 'attributes' | 'imageAlt' | 'brokenLink' | 'outsideImage' | 'unsafeLink'

/** Any node of the tree, with the fields of raw HTML, MDC components, links and images. */
type AnyNode = MdNode & { value?: string, name?: string, attributes?: object, url?: string, alt?: string | null, children?: AnyNode[] }

function* walk(node: AnyNode, parent?: AnyNode): Generator<[AnyNode, AnyNode | undefined]> {
  yield [node, parent]
  for (const child of node.children ?? []) yield* walk(child, node)
}

/** Checks a text's body: no raw HTML, components, attributes or script links; safe links that resolve; images with alt text. */
export function checkMarkdown(text: TextFile, site: Site): Problem[] {
  const problems: Problem[] = []
  const tree = parser.runSync(parser.parse(text.body)) as AnyNode
  const at = (node: MdNode) => text.bodyLine + (node.position?.start.line ?? 1) - 1
  const report = (node: MdNode, message: string, code: MarkdownProblemCode, subject = '') => problems.push({ ...error(text.file, at(node), message), code, subject })

  for (const [node, parent] of walk(tree)) {
    if (node.type === 'html') report(node, `raw HTML is not allowed (${node.value?.slice(0, 40)}); write Markdown`, 'rawHtml', node.value?.slice(0, 40))
    else if (MDC_COMPONENTS.has(node.type)) report(node, `component syntax is not allowed (${node.name ?? ''})`, 'component', node.name)
    if (Object.keys(node.attributes ?? {}).length) report(node, 'attributes in {…} are not allowed', 'attributes')
    // A link's own text is checked as its URL is.
    const scriptUrl = node.type === 'text' && parent?.type !== 'link' ? scriptUrlIn(node.value ?? '') : null
    if (scriptUrl) report(node, `text holds a script link (${scriptUrl})`, 'unsafeLink', scriptUrl)

    if (typeof node.url === 'string') {
      const { url } = node
      const isImage = node.type === 'image'
      if (isImage && !node.alt?.trim()) report(node, `image ${url} has no alt text`, 'imageAlt', url)
      if (url.startsWith('/') && !url.startsWith('//')) {
        const reason = brokenLinkReason(url, site)
        if (reason) report(node, `${isImage ? 'image' : 'link'} ${url} does not resolve: ${reason}`, 'brokenLink', url)
      }
      else if (isImage) report(node, `image ${url} must be a file in public/ (readers' browsers may reach no outside host)`, 'outsideImage', url)
      else if (!url.startsWith('#') && !hasAllowedScheme(url)) report(node, `link ${url} is not allowed: use /path, #anchor, https:, mailto: or tel:`, 'unsafeLink', url)
    }
  }
  return problems
}
