import { readContentTree, type TextFile } from '../../../scripts/lib/contentCheck/contentTree'
import type { ContentSnapshot } from '../../../server/utils/contentStore'

/**
 * The content store's view of the content folder, read from the files: what the server's view
 * functions get from @nuxt/content, with Markdown bodies left as text. `edit` may change a file's
 * text before it is read, as a volunteer's edit would.
 */
export function contentSnapshotFromFiles(root: string, edit: (file: string, raw: string) => string = (_, raw) => raw): ContentSnapshot {
  const tree = readContentTree(root)
  const data = (files: { slug: string, yaml: { data: unknown } }[]) => new Map(files.map(f => [f.slug, f.yaml.data]))
  const texts = (files: TextFile[]) => {
    const bySlug = new Map<string, Map<string, unknown>>()
    for (const file of files) {
      const rawbody = edit(file.file, file.raw)
      if (!bySlug.has(file.slug)) bySlug.set(file.slug, new Map())
      bySlug.get(file.slug)!.set(file.locale, { ...file.frontMatter!.data as object, rawbody, body: file.body })
    }
    return bySlug
  }
  const narrations = new Map<string, Map<string, unknown>>()
  for (const n of tree.narrations) {
    if (!narrations.has(n.slug)) narrations.set(n.slug, new Map())
    narrations.get(n.slug)!.set(n.locale!, n.yaml.data)
  }
  const walkFacts = [...data(tree.walkFacts)].sort(([, a], [, b]) => (a as { order: number }).order - (b as { order: number }).order)
  return {
    stopFacts: data(tree.stopFacts), stopTexts: texts(tree.stopTexts),
    walkFacts: new Map(walkFacts), walkTexts: texts(tree.walkTexts), narrations,
  } as unknown as ContentSnapshot
}
