import { Document, isMap, isSeq, parseDocument, parse as parseYaml } from 'yaml'
import { walkFactsSchema } from '../../shared/schemas/content'
import type { NewStop } from '../../shared/schemas/newStop'
import type { SubmissionIssue, SubmittedPosition } from '../../shared/types/submission'
import { insideShanghai } from '../../scripts/lib/contentCheck/positions'
import type { PlannedFile } from './fileChanges'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'

/** The facts file of a proposed stop, laid out as the hand-written ones: one line per position, status and source. */
export function newStopFacts(stop: NewStop, position: SubmittedPosition | null): string {
  const document = new Document({
    nameZh: stop.nameZh,
    addressZh: stop.addressZh,
    position: position ?? stop.position,
    // Nobody has checked the hours of a stop just proposed: readers are told to check on site.
    accessCheckOnSite: true,
    practical: { visiting: { status: stop.visiting } },
    sources: [stop.source],
  })
  for (const path of [['position'], ['practical', 'visiting']]) {
    const node = document.getIn(path, true)
    if (isMap(node)) node.flow = true
  }
  const sources = document.get('sources', true)
  if (isSeq(sources)) for (const item of sources.items) if (isMap(item)) item.flow = true
  return document.toString({ lineWidth: 0 })
}

/**
 * A walk's facts file with `slug` on its list after `after` (first when null). A route drawn from the
 * stop before led to the stop after: it is dropped, so the map draws that leg straight until someone draws it again.
 */
export function withStopOnWalk(walkYaml: string, slug: string, after: string | null): string {
  const document = parseDocument(walkYaml)
  const stops = document.get('stops', true)
  if (!isSeq(stops)) return walkYaml
  const index = after === null ? 0 : stops.items.findIndex(item => String((item as { value?: unknown }).value ?? item) === after) + 1
  stops.items.splice(index, 0, document.createNode(slug))
  const path = document.get('path', true)
  if (isMap(path)) path.delete(after ?? 'start')
  return document.toString({ lineWidth: 0 })
}

/** The new stop's facts file, its place on the walk; the English text is planned with them by the caller. */
export function planNewStopFiles(workspace: Workspace, stop: NewStop, position: SubmittedPosition | null): PlannedFile[] {
  const walkPath = workspacePaths.facts('walk', stop.walk)
  const walk = readWorkspaceFile(workspace, walkPath)
  const files: PlannedFile[] = [{ path: workspacePaths.facts('stop', stop.slug), before: null, after: Buffer.from(newStopFacts(stop, position)) }]
  if (walk !== null) files.push({ path: walkPath, before: Buffer.from(walk), after: Buffer.from(withStopOnWalk(walk, stop.slug, stop.after)) })
  return files
}

/** Why a proposed stop cannot be published as it stands: its name taken, its walk or neighbour unknown, a position outside Shanghai. */
export function newStopIssues(workspace: Workspace, stop: NewStop, position: SubmittedPosition | null): SubmissionIssue[] {
  const issues: SubmissionIssue[] = []
  if (readWorkspaceFile(workspace, workspacePaths.facts('stop', stop.slug)) !== null) issues.push({ field: 'newStop.slug', code: 'slugTaken', subject: stop.slug })
  const walkYaml = readWorkspaceFile(workspace, workspacePaths.facts('walk', stop.walk))
  const walk = walkYaml === null ? null : walkFactsSchema.safeParse(parseYaml(walkYaml)).data
  if (!walk) issues.push({ field: 'newStop.walk', code: 'unknownWalk' })
  else if (stop.after !== null && !walk.stops.includes(stop.after)) issues.push({ field: 'newStop.after', code: 'unknownWalk' })
  if (!insideShanghai(position ?? stop.position)) issues.push({ field: 'position', code: 'outsideShanghai' })
  return issues
}
