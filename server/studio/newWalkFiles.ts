import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Document, isMap, isSeq, parse as parseYaml } from 'yaml'
import type { NewWalk } from '../../shared/schemas/newWalk'
import type { SubmissionIssue } from '../../shared/types/submission'
import { insideShanghai } from '../../scripts/lib/contentCheck/positions'
import type { PlannedFile } from './fileChanges'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'

/** The walks' `order` so far: a proposed walk comes after all of them. */
function nextOrder(workspace: Workspace): number {
  const dir = join(workspace.root, 'content', 'walks')
  const orders = readdirSync(dir).filter(name => name.endsWith('.yml'))
    .map(name => Number((parseYaml(readWorkspaceFile(workspace, `content/walks/${name}`) ?? '') as { order?: unknown } | null)?.order))
    .filter(Number.isInteger)
  return orders.length ? Math.max(...orders) + 1 : 1
}

/** The facts file of a proposed walk, laid out as the hand-written ones: stations and warnings on one line each. */
export function newWalkFacts(walk: NewWalk, order: number): string {
  const document = new Document({ order, practical: { notes: walk.notes }, stops: walk.stops, start: walk.start, end: walk.end })
  for (const path of [['practical'], ['start'], ['end']]) {
    const node = document.getIn(path, true)
    if (isMap(node)) node.flow = true
  }
  const stops = document.get('stops', true)
  if (isSeq(stops)) stops.flow = false
  return document.toString({ lineWidth: 0 })
}

export function planNewWalkFiles(workspace: Workspace, walk: NewWalk): PlannedFile[] {
  return [{ path: workspacePaths.facts('walk', walk.slug), before: null, after: Buffer.from(newWalkFacts(walk, nextOrder(workspace))) }]
}

/** Why a proposed walk cannot be published as it stands: its name taken, a stop unknown, a station outside Shanghai. */
export function newWalkIssues(workspace: Workspace, walk: NewWalk): SubmissionIssue[] {
  const issues: SubmissionIssue[] = []
  if (readWorkspaceFile(workspace, workspacePaths.facts('walk', walk.slug)) !== null) issues.push({ field: 'newWalk.slug', code: 'slugTaken', subject: walk.slug })
  for (const stop of walk.stops) {
    if (readWorkspaceFile(workspace, workspacePaths.facts('stop', stop)) === null) issues.push({ field: 'newWalk.stops', code: 'unknownStop', subject: stop })
  }
  for (const end of ['start', 'end'] as const) {
    if (!insideShanghai(walk[end].position)) issues.push({ field: `newWalk.${end}`, code: 'outsideShanghai' })
  }
  return issues
}
