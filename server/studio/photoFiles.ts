import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, parseDocument, parse as parseYaml } from 'yaml'
import { stopPhotoSchema, type PhotoCredit, type StopPhoto } from '../../shared/schemas/stopPhoto'
import type { PlannedFile } from './fileChanges'
import { encodeStopPhoto } from './stopPhotoUpload'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'

/** A stop's facts file with its photo block set, the rest (comments, layout, other keys) kept; the block on one line. */
export function withPhoto(factsYaml: string, photo: StopPhoto): string {
  const document = parseDocument(factsYaml)
  const node = document.createNode(photo)
  if (isMap(node)) node.flow = true
  const widths = isMap(node) ? node.get('widths', true) : null
  if (isMap(widths)) widths.flow = true
  document.set('photo', node)
  return document.toString({ lineWidth: 0 })
}

/**
 * The reviewed photo as approval writes it: its AVIF and WebP files, the stop's facts file naming it
 * (starting from `planned`, the facts file as the rest of the submission already changes it), and the
 * deletion of the files of the photo it replaces.
 */
export async function planPhotoFiles(workspace: Workspace, slug: string, stored: Buffer, credit: PhotoCredit, planned: PlannedFile[]): Promise<PlannedFile[]> {
  const factsPath = workspacePaths.facts('stop', slug)
  const already = planned.find(file => file.path === factsPath)
  const before = readWorkspaceFile(workspace, factsPath)
  const base = already?.after?.toString('utf8') ?? before
  if (base === null) return []
  const published = await encodeStopPhoto(slug, stored, credit)
  const previous = stopPhotoSchema.safeParse((parseYaml(base) as { photo?: unknown }).photo).data
  const replaced = previous && previous.id !== published.facts.id
    ? previous.widths.flatMap(width => (['avif', 'webp'] as const).map(format => `public/photos/${slug}/${previous.id}-${width}.${format}`))
    : []
  const facts: PlannedFile = { path: factsPath, before: before === null ? null : Buffer.from(before), after: Buffer.from(withPhoto(base, published.facts)) }
  return [
    facts,
    ...[...published.files].map(([path, bytes]) => ({ path, before: readOrNull(workspace, path), after: bytes })),
    ...replaced.map(path => ({ path, before: readOrNull(workspace, path), after: null })),
  ]
}

function readOrNull(workspace: Workspace, path: string): Buffer | null {
  try {
    return readFileSync(join(workspace.root, path))
  }
  catch {
    return null
  }
}
