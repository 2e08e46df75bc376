import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, isNotNull, ne } from 'drizzle-orm'
import type { Database } from '../db/connect'
import type { DraftSave, EditorTarget } from '../../shared/schemas/submission'
import type { PublishState, SubmissionPhoto, SubmissionStatus } from '../../shared/types/submission'
import type { PhotoCredit } from '../../shared/schemas/stopPhoto'
import type { NewStop } from '../../shared/schemas/newStop'
import type { NewWalk } from '../../shared/schemas/newWalk'
import type { StoredPhoto } from '../db/reflectionStore'
import { queueMails } from '../db/outboxStore'
import { dropRecording, dropRecordingsOf, originalName, recordingName, storeRecording } from './recordingStore'
import type { StudioNotices } from './studioMail'
import type { SubmissionRow } from '../../shared/types/rows'

export type { SubmissionRow } from '../../shared/types/rows'

export type SubmissionProblem = 'submissionNotFound' | 'submissionLocked' | 'submissionChanged'

export class SubmissionRefused extends Error {
  constructor(readonly reason: SubmissionProblem) {
    super(reason)
  }
}

/** Statuses in which the author may still change their work. */
const EDITABLE: readonly SubmissionStatus[] = ['draft', 'returned', 'submitted']

export async function findSubmission(database: Database, id: string): Promise<SubmissionRow | null> {
  const [row] = await database.db.select().from(database.tables.submissions).where(eq(database.tables.submissions.id, id))
  return row ?? null
}

/** The author's unpublished work on one text, if any. */
export async function findOpenSubmission(database: Database, authorId: string, target: EditorTarget): Promise<SubmissionRow | null> {
  const { submissions: s } = database.tables
  const [row] = await database.db.select().from(s).where(and(
    eq(s.authorId, authorId), eq(s.kind, target.kind), eq(s.slug, target.slug), eq(s.locale, target.locale), ne(s.status, 'published'),
  ))
  return row ?? null
}

/**
 * Saves a draft as the volunteer types: the first save creates their open submission for the text,
 * later ones update it. Changing a submitted one takes it back from review (it must be submitted again).
 */
export async function saveDraft(database: Database, authorId: string, draft: Omit<DraftSave, 'practical'> & Partial<Pick<DraftSave, 'practical'>>, baseHash: string | null, now = new Date()): Promise<SubmissionRow> {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [open] = await tx.select().from(s).where(and(
      eq(s.authorId, authorId), eq(s.kind, draft.kind), eq(s.slug, draft.slug), eq(s.locale, draft.locale), ne(s.status, 'published'),
    ))
    const content = { fields: draft.fields, body: draft.body, position: draft.position, practical: draft.kind === 'stop' ? draft.practical ?? null : null, updatedAt: now }
    // A proposal to undo a change is the commit it reverts, not a text to edit.
    if (open?.revertOf) throw new SubmissionRefused('submissionLocked')
    if (open) {
      const [row] = await tx.update(s).set({ ...content, status: open.status === 'returned' ? 'returned' : 'draft', revision: open.revision + 1 })
        .where(eq(s.id, open.id)).returning()
      return row!
    }
    const [row] = await tx.insert(s).values({
      id: randomUUID(), authorId, kind: draft.kind, slug: draft.slug, locale: draft.locale, status: 'draft',
      ...content, baseHash, createdAt: now,
    }).returning()
    return row!
  })
}

/**
 * Stores a take and attaches it to the author's open submission, in place of any earlier take:
 * `recording` is what is played and published, `original` (the upload as it came) is kept until approval.
 */
export async function attachAudio(database: Database, id: string, authorId: string, audio: { recording: Buffer, original?: Buffer, type: string, durationMs: number }, now = new Date()) {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [row] = await tx.select().from(s).where(and(eq(s.id, id), eq(s.authorId, authorId)))
    if (!row) throw new SubmissionRefused('submissionNotFound')
    if (!EDITABLE.includes(row.status) || row.revertOf) throw new SubmissionRefused('submissionLocked')
    const name = recordingName(id)
    await storeRecording(database, tx, id, name, audio.recording)
    if (audio.original) await storeRecording(database, tx, id, originalName(name), audio.original)
    const [updated] = await tx.update(s).set({
      audioFile: name, audioType: audio.type, audioBytes: audio.recording.length, audioDurationMs: audio.durationMs,
      status: row.status === 'submitted' ? 'draft' : row.status, revision: row.revision + 1, updatedAt: now,
    }).where(eq(s.id, id)).returning()
    if (row.audioFile) {
      await dropRecording(database, tx, row.audioFile)
      await dropRecording(database, tx, originalName(row.audioFile))
    }
    return updated!
  })
}

/**
 * Stores a stop photo (already re-encoded) with its credit and attaches it to the author's open
 * submission in place of any earlier one; `null` takes the photo off the submission.
 */
export async function attachPhoto(database: Database, id: string, authorId: string, photo: { stored: StoredPhoto, credit: PhotoCredit } | null, now = new Date()) {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [row] = await tx.select().from(s).where(and(eq(s.id, id), eq(s.authorId, authorId)))
    if (!row) throw new SubmissionRefused('submissionNotFound')
    if (!EDITABLE.includes(row.status) || row.revertOf) throw new SubmissionRefused('submissionLocked')
    let attached: SubmissionPhoto | null = null
    if (photo) {
      attached = { file: `${id}-${Date.now().toString(36)}.jpg`, width: photo.stored.width, height: photo.stored.height, bytes: photo.stored.bytes.length, ...photo.credit }
      await storeRecording(database, tx, id, attached.file, photo.stored.bytes)
    }
    const [updated] = await tx.update(s).set({
      photo: attached, status: row.status === 'submitted' ? 'draft' : row.status, revision: row.revision + 1, updatedAt: now,
    }).where(eq(s.id, id)).returning()
    await dropRecording(database, tx, row.photo?.file ?? null)
    return updated!
  })
}

/**
 * An organiser proposes to undo a published submission's commit: a submission of their own, waiting for
 * review like any other. Asked again while one waits, the waiting one is the answer.
 */
export async function proposeRevert(database: Database, originalId: string, organiserId: string, notices?: StudioNotices, now = new Date()): Promise<SubmissionRow> {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [original] = await tx.select().from(s).where(eq(s.id, originalId))
    if (!original || original.status !== 'published' || !original.commitSha) throw new SubmissionRefused('submissionNotFound')
    const proposals = await tx.select().from(s).where(eq(s.revertOf, originalId))
    const waiting = proposals.find(row => row.status !== 'published')
    if (waiting) return waiting
    // Already undone: the history the organiser saw is out of date.
    if (proposals.length) throw new SubmissionRefused('submissionChanged')
    const [open] = await tx.select({ id: s.id }).from(s).where(and(
      eq(s.authorId, organiserId), eq(s.kind, original.kind), eq(s.slug, original.slug), eq(s.locale, original.locale), ne(s.status, 'published'),
    ))
    // One open piece of work per person and text: their own draft of it comes first.
    if (open) throw new SubmissionRefused('submissionLocked')
    const [row] = await tx.insert(s).values({
      id: randomUUID(), authorId: organiserId, kind: original.kind, slug: original.slug, locale: original.locale, status: 'submitted',
      fields: {}, body: '', revertOf: originalId, submittedAt: now, createdAt: now, updatedAt: now,
    }).returning()
    if (notices) await queueMails(database, tx, await notices(tx, row!))
    return row!
  })
}

/** A stop or walk the content does not have yet, with its facts. */
export type Proposal = { kind: 'stop', facts: NewStop } | { kind: 'walk', facts: NewWalk }

/**
 * A stop or walk proposed from the studio: a draft in English whose facts are the proposal's. Proposed again
 * with the same name, the author's open proposal takes the new facts (its text stays); a submitted one goes back to draft.
 */
export async function proposeNewText(database: Database, authorId: string, proposal: Proposal, now = new Date()): Promise<SubmissionRow> {
  const { submissions: s } = database.tables
  const { kind, facts } = proposal
  // The facts go in their kind's column; a stop also has its place on the map.
  const columns = proposal.kind === 'stop' ? { newStop: proposal.facts, position: proposal.facts.position } : { newWalk: proposal.facts }
  return database.transaction(async (tx) => {
    const [open] = await tx.select().from(s).where(and(
      eq(s.authorId, authorId), eq(s.kind, kind), eq(s.slug, facts.slug), eq(s.locale, 'en'), ne(s.status, 'published'),
    ))
    // The author's edit of a text that exists is not a proposal, and is not turned into one.
    if (open && !(kind === 'stop' ? open.newStop : open.newWalk)) throw new SubmissionRefused('submissionLocked')
    if (open) {
      const [row] = await tx.update(s).set({ ...columns, status: open.status === 'returned' ? 'returned' : 'draft', revision: open.revision + 1, updatedAt: now })
        .where(eq(s.id, open.id)).returning()
      return row!
    }
    const [row] = await tx.insert(s).values({
      id: randomUUID(), authorId, kind, slug: facts.slug, locale: 'en', status: 'draft',
      fields: {}, body: '', position: null, ...columns, baseHash: null, createdAt: now, updatedAt: now,
    }).returning()
    return row!
  })
}

/** Published work, newest first: the history an organiser can undo a change from. */
export function listPublished(database: Database, limit = 100) {
  const { submissions: s } = database.tables
  return database.db.select().from(s).where(and(eq(s.status, 'published'), isNotNull(s.commitSha))).orderBy(desc(s.reviewedAt)).limit(limit)
}

/** The author sends their work for review; the caller has checked it. */
export async function markSubmitted(database: Database, id: string, authorId: string, revision: number, notices?: StudioNotices, now = new Date()) {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [row] = await tx.update(s).set({ status: 'submitted', submittedAt: now, updatedAt: now })
      .where(and(eq(s.id, id), eq(s.authorId, authorId), eq(s.revision, revision), ne(s.status, 'published'))).returning()
    if (!row) throw new SubmissionRefused('submissionChanged')
    if (notices) await queueMails(database, tx, await notices(tx, row))
    return row
  })
}

/** An organiser sends the work back with a comment; the author can edit and submit it again. */
export async function markReturned(database: Database, id: string, reviewerId: string, comment: string, notices?: StudioNotices, now = new Date()) {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [row] = await tx.update(s).set({ status: 'returned', reviewComment: comment, reviewerId, reviewedAt: now, updatedAt: now })
      .where(and(eq(s.id, id), eq(s.status, 'submitted'))).returning()
    if (!row) throw new SubmissionRefused('submissionChanged')
    if (notices) await queueMails(database, tx, await notices(tx, row))
    return row
  })
}

/**
 * Claims a submitted piece of work for publishing, before its files are written: only the revision the
 * organiser reviewed can be, and an edit the author makes meanwhile goes to a new draft.
 */
export async function claimForPublishing(database: Database, id: string, reviewerId: string, revision: number, now = new Date()) {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [row] = await tx.update(s).set({ status: 'published', reviewerId, reviewedAt: now, updatedAt: now })
      .where(and(eq(s.id, id), eq(s.status, 'submitted'), eq(s.revision, revision))).returning()
    if (!row) throw new SubmissionRefused('submissionChanged')
    return row
  })
}

/** Gives a claimed submission back to review when its files could not be published. */
export async function releaseClaim(database: Database, id: string) {
  const { submissions: s } = database.tables
  await database.transaction(tx => tx.update(s).set({ status: 'submitted', reviewerId: null, reviewedAt: null }).where(eq(s.id, id)))
}

/** Records the published commit; the author's e-mail is queued with it. */
export async function recordCommit(database: Database, id: string, commitSha: string, publishState: PublishState, notices?: StudioNotices) {
  const { submissions: s } = database.tables
  return database.transaction(async (tx) => {
    const [row] = await tx.update(s).set({ commitSha, publishState }).where(eq(s.id, id)).returning()
    // Published as Opus and MP3 in the commit: the take and its original are not needed any more.
    await dropRecordingsOf(database, tx, id)
    if (notices && row) await queueMails(database, tx, await notices(tx, row))
    return row ?? null
  })
}

/** A person's own work, newest first. */
export function listByAuthor(database: Database, authorId: string) {
  const { submissions: s } = database.tables
  return database.db.select().from(s).where(eq(s.authorId, authorId)).orderBy(desc(s.updatedAt)).limit(200)
}

/** Work waiting for review, oldest first. */
export function listSubmitted(database: Database) {
  const { submissions: s } = database.tables
  return database.db.select().from(s).where(eq(s.status, 'submitted')).orderBy(asc(s.submittedAt)).limit(200)
}
