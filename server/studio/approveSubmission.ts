import { eq } from 'drizzle-orm'
import type { PublishState, SubmissionIssue } from '../../shared/types/submission'
import type { Database } from '../db/connect'
import { isUnchanged } from './fileChanges'
import { commitPaths, isGitCheckout, unstagePaths, type Person } from './git'
import { planNarrationFiles, planTextFiles } from './plannedFiles'
import { startPublishCommand } from './publishCommand'
import { checkSubmission } from './submissionCheck'
import { claimForPublishing, findSubmission, recordCommit, releaseClaim, SubmissionRefused } from './submissionStore'
import type { Workspace } from './workspace'
import { writePlannedFiles } from './writeFiles'

export class ApprovalRefused extends Error {
  constructor(readonly reason: 'notARepository' | 'invalid' | 'publishFailed', readonly issues: SubmissionIssue[] = []) {
    super(reason)
  }
}

// One approval at a time: git's index takes one writer, and two approvals of one file must not interleave.
let queue: Promise<unknown> = Promise.resolve()
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const result = queue.then(work)
  queue = result.catch(() => undefined)
  return result
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })
const englishName = (code: string) => languageNames.of(code) ?? code

/**
 * Publishes the revision an organiser reviewed: checks it again, writes its files into the content
 * folders, commits them with the volunteer as author, then starts the publish command. If anything
 * fails before the commit, every file is put back and the submission waits for review again.
 */
export function approveSubmission(database: Database, workspace: Workspace, id: string, revision: number, reviewer: Person & { id: string }) {
  return oneAtATime(async () => {
    const row = await findSubmission(database, id)
    if (!row || row.status !== 'submitted') throw new SubmissionRefused(row ? 'submissionChanged' : 'submissionNotFound')
    if (!await isGitCheckout(workspace.root)) throw new ApprovalRefused('notARepository')
    const issues = checkSubmission(workspace, row)
    if (issues.length) throw new ApprovalRefused('invalid', issues)

    const claimed = await claimForPublishing(database, id, reviewer.id, revision)
    const [author] = await database.db.select().from(database.tables.users).where(eq(database.tables.users.id, claimed.authorId))
    let undo = () => {}
    let sha: string
    const files = [...planTextFiles(workspace, claimed)]
    try {
      files.push(...await planNarrationFiles(workspace, claimed))
      const changed = files.filter(file => !isUnchanged(file))
      // Git would read an empty list of paths as "everything": a submission that changes nothing is refused.
      if (!changed.length) throw new ApprovalRefused('invalid', [{ field: 'body', code: 'noChanges' }])
      undo = writePlannedFiles(workspace.root, changed).undo
      const message = `Studio: ${englishName(claimed.locale)} ${claimed.kind} ${claimed.slug}${claimed.audioFile ? ', recorded narration' : ''}\n\nSubmitted by ${author!.name}, approved by ${reviewer.name}.`
      sha = await commitPaths(workspace.root, changed.map(f => f.path), message, { name: author!.name, email: author!.email }, reviewer)
    }
    catch (error) {
      undo()
      await unstagePaths(workspace.root, files.map(f => f.path))
      await releaseClaim(database, id)
      if (!(error instanceof ApprovalRefused)) console.error(`[studio] publishing submission ${id} failed; its files are back as they were`, error)
      throw error instanceof ApprovalRefused ? error : new ApprovalRefused('publishFailed')
    }
    // Committed: from here on the files stay as they are, whatever else fails.
    // Recorded before the command starts: the step records its end in the same row.
    const state: PublishState = workspace.publishCommand.trim() ? 'running' : 'skipped'
    await recordCommit(database, id, sha, state)
    if (state === 'running') startPublishCommand(workspace, id)
    return { sha, publishState: state }
  })
}
