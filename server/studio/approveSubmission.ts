import { eq } from 'drizzle-orm'
import type { PublishState, SubmissionIssue } from '../../shared/types/submission'
import type { Database } from '../db/connect'
import { LeaseBusy, withLease } from '../db/leaseStore'
import { isUnchanged } from './fileChanges'
import { commitPaths, headCommit, isGitCheckout, pullFrom, pushTo, uncommit, unstagePaths, type Person } from './git'
import { planNarrationFiles, planTextFiles } from './plannedFiles'
import { planPhotoFiles } from './photoFiles'
import { startPublishCommand } from './publishCommand'
import { readRecording } from './recordingStore'
import type { StudioNotices } from './studioMail'
import { publishingIssues, revertedCommit } from './publishingIssues'
import { planRevert } from './revertFiles'
import { claimForPublishing, findSubmission, recordCommit, releaseClaim, SubmissionRefused } from './submissionStore'
import type { Workspace } from './workspace'
import { writePlannedFiles } from './writeFiles'

export class ApprovalRefused extends Error {
  constructor(readonly reason: 'notARepository' | 'invalid' | 'publishFailed' | 'publishBusy', readonly issues: SubmissionIssue[] = []) {
    super(reason)
  }
}

/** Held in the database while an approval writes, commits and pushes: git's index takes one writer, and the remote one push at a time. */
export const PUBLISH_LEASE = 'studio publishing'

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })
const englishName = (code: string) => languageNames.of(code) ?? code

/**
 * Publishes the revision an organiser reviewed: checks it again, writes its files into the content
 * folders, commits them with the volunteer as author, pushes the commit when approvals go to a remote,
 * then starts the publish command. If anything fails before the push is accepted, the commit is taken
 * back, every file is put back and the submission waits for review again. One approval at a time runs,
 * on whichever server, under a lease in the database.
 */
export async function approveSubmission(database: Database, workspace: Workspace, id: string, revision: number, reviewer: Person & { id: string }, notices?: StudioNotices) {
  try {
    // Encoding a long recording takes a while: a second approval waits for the first rather than fail.
    return await withLease(database, PUBLISH_LEASE, () => publish(database, workspace, id, revision, reviewer, notices), { waitMs: 120_000 })
  }
  catch (error) {
    throw error instanceof LeaseBusy ? new ApprovalRefused('publishBusy') : error
  }
}

async function publish(database: Database, workspace: Workspace, id: string, revision: number, reviewer: Person & { id: string }, notices?: StudioNotices) {
  const row = await findSubmission(database, id)
  if (!row || row.status !== 'submitted') throw new SubmissionRefused(row ? 'submissionChanged' : 'submissionNotFound')
  if (!await isGitCheckout(workspace.root)) throw new ApprovalRefused('notARepository')
  // Another server may have published since this checkout last saw the remote: start from what it holds.
  if (workspace.remote) await pullFrom(workspace.root, workspace.remote.name, workspace.remote.branch).catch(failed(`bringing the checkout up to ${workspace.remote.name}`))
  const issues = await publishingIssues(database, workspace, row)
  if (issues.length) throw new ApprovalRefused('invalid', issues)
  const revertSha = await revertedCommit(database, row)
  const recording = row.audioFile ? await readRecording(database, row.audioFile) : null
  if (row.audioFile && !recording) throw new ApprovalRefused('invalid', [{ field: 'audio', code: 'audioMissing' }])
  const photo = row.photo ? await readRecording(database, row.photo.file) : null
  if (row.photo && !photo) throw new ApprovalRefused('invalid', [{ field: 'photo', code: 'photoMissing' }])

  const claimed = await claimForPublishing(database, id, reviewer.id, revision)
  const [author] = await database.db.select().from(database.tables.users).where(eq(database.tables.users.id, claimed.authorId))
  const before = await headCommit(workspace.root)
  let undo = () => {}
  let sha: string | null = null
  let files = revertSha ? (await planRevert(workspace, revertSha)).files : planTextFiles(workspace, claimed)
  try {
    if (recording) files.push(...await planNarrationFiles(workspace, claimed, recording))
    if (photo && claimed.photo && claimed.kind === 'stop') {
      // The photo's facts file includes whatever else the submission changes in it.
      const photoFiles = await planPhotoFiles(workspace, claimed.slug, photo, claimed.photo, files)
      files = [...files.filter(file => !photoFiles.some(other => other.path === file.path)), ...photoFiles]
    }
    const changed = files.filter(file => !isUnchanged(file))
    // Git would read an empty list of paths as "everything": a submission that changes nothing is refused.
    if (!changed.length) throw new ApprovalRefused('invalid', [{ field: 'body', code: 'noChanges' }])
    undo = writePlannedFiles(workspace.root, changed).undo
    const message = revertSha
      ? `Studio: undo the change to the ${englishName(claimed.locale)} ${claimed.kind} ${claimed.slug}\n\nThis reverts commit ${revertSha}.\nProposed by ${author!.name}, approved by ${reviewer.name}.`
      : `Studio: ${englishName(claimed.locale)} ${claimed.kind} ${claimed.slug}${recording ? ', recorded narration' : ''}${photo ? ', photo' : ''}\n\nSubmitted by ${author!.name}, approved by ${reviewer.name}.`
    sha = await commitPaths(workspace.root, changed.map(f => f.path), message, { name: author!.name, email: author!.email }, reviewer)
    if (workspace.remote) await pushTo(workspace.root, workspace.remote.name, workspace.remote.branch)
  }
  catch (error) {
    if (sha) await uncommit(workspace.root, before)
    undo()
    await unstagePaths(workspace.root, files.map(f => f.path))
    await releaseClaim(database, id)
    if (!(error instanceof ApprovalRefused)) console.error(`[studio] publishing submission ${id} failed; its files are back as they were`, error)
    throw error instanceof ApprovalRefused ? error : new ApprovalRefused('publishFailed')
  }
  // Committed (and pushed): from here on the files stay as they are, whatever else fails.
  // Recorded before the command starts: the step records its end in the same row.
  const state: PublishState = workspace.publishCommand.trim() ? 'running' : workspace.remote ? 'pushed' : 'skipped'
  const published = await recordCommit(database, id, sha, state, notices)
  if (state === 'running') startPublishCommand(workspace, id)
  return { sha, publishState: state, row: published }
}

const failed = (what: string) => (error: unknown): never => {
  console.error(`[studio] ${what} failed`, error)
  throw new ApprovalRefused('publishFailed')
}
