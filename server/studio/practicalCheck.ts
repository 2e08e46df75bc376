import { parse as parseYaml } from 'yaml'
import { SITE_VISIT, stopFactsSchema, type PracticalEdit } from '../../shared/schemas/content'
import type { SubmissionIssue } from '../../shared/types/submission'
import { toShanghaiDateTimeValue } from '../../shared/utils/shanghaiTime'
import { withPractical } from './practicalFile'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'

/** A day that exists: 2026-12-05, not 2026-02-31 (which Date would roll over into March). */
function isCalendarDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`)
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
}

/**
 * What stops a stop's practical block from being published: a claim citing the volunteer's visit
 * without the day of it (or with a day yet to come), a source the stop does not list, a period that
 * closes before it opens. `today` is a YYYY-MM-DD date in Shanghai.
 */
export function checkPractical(workspace: Workspace, slug: string, practical: PracticalEdit, today = toShanghaiDateTimeValue(new Date()).slice(0, 10)): SubmissionIssue[] {
  const issues: SubmissionIssue[] = []
  const claims = [practical.visiting, practical.hours, practical.admission].filter(claim => claim !== undefined)
  for (const claim of claims) {
    if (claim.source === SITE_VISIT && !(claim.asOf && isCalendarDay(claim.asOf))) issues.push({ field: 'practical', code: 'visitDate' })
    else if (claim.asOf && claim.asOf.slice(0, 10) > today) issues.push({ field: 'practical', code: 'futureDate', subject: claim.asOf })
  }
  for (const period of practical.hours?.periods ?? []) {
    if (period.closes <= period.opens) issues.push({ field: 'practical', code: 'closesBeforeOpening', subject: `${period.opens}–${period.closes}` })
  }
  if (issues.length) return dedupe(issues)

  const facts = readWorkspaceFile(workspace, workspacePaths.facts('stop', slug))
  if (facts === null) return []
  const planned = stopFactsSchema.safeParse(parseYaml(withPractical(facts, practical)))
  if (!planned.success) issues.push({ field: 'practical', code: 'unknownSource' })
  return issues
}

const dedupe = (issues: SubmissionIssue[]) => [...new Map(issues.map(issue => [`${issue.code} ${issue.subject ?? ''}`, issue])).values()]
