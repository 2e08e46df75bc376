import type { LocaleCode } from '../../i18n/registry'
import { readContentTree, type DataFile, type TextFile } from '../../scripts/lib/contentCheck/contentTree'
import { narrationSchema, walkFactsSchema } from '../../shared/schemas/content'
import type { StatusContent } from '../utils/translationStatus'
import type { Workspace } from './workspace'

type TextEntry = { rawbody: string, translatedFrom?: unknown, title: string }

function textsBySlug(files: TextFile[]) {
  const bySlug = new Map<string, Map<LocaleCode, TextEntry>>()
  for (const file of files) {
    const data = (file.frontMatter?.data ?? {}) as { title?: unknown, translatedFrom?: unknown }
    if (!bySlug.has(file.slug)) bySlug.set(file.slug, new Map())
    bySlug.get(file.slug)!.set(file.locale as LocaleCode, { rawbody: file.raw, translatedFrom: data.translatedFrom, title: typeof data.title === 'string' ? data.title : file.slug })
  }
  return bySlug
}

function narrationsBySlug(files: DataFile[]) {
  const bySlug = new Map<string, Map<LocaleCode, { kind: 'recorded' | 'synthesised', stale?: true }>>()
  for (const file of files) {
    const narration = narrationSchema.safeParse(file.yaml.data)
    if (!narration.success) continue
    if (!bySlug.has(file.slug)) bySlug.set(file.slug, new Map())
    bySlug.get(file.slug)!.set(file.locale as LocaleCode, { kind: narration.data.kind, stale: narration.data.stale })
  }
  return bySlug
}

/** The workspace's content as the translation status reads it: the files on disk, committed or not yet built. */
export function readWorkspaceContent(workspace: Workspace): StatusContent {
  const tree = readContentTree(workspace.root)
  const walks = tree.walkFacts.flatMap((file) => {
    const facts = walkFactsSchema.safeParse(file.yaml.data)
    return facts.success ? [{ slug: file.slug, order: facts.data.order, stops: facts.data.stops }] : []
  }).sort((a, b) => a.order - b.order)
  return {
    walkFacts: new Map(walks.map(walk => [walk.slug, walk])),
    stopFacts: new Map(tree.stopFacts.map(file => [file.slug, file])),
    stopTexts: textsBySlug(tree.stopTexts),
    walkTexts: textsBySlug(tree.walkTexts),
    narrations: narrationsBySlug(tree.narrations),
  }
}
