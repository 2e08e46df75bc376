import type { Glossary, Practical, PracticalEdit, StopFacts } from '../schemas/content'
import type { PhotoCredit } from '../schemas/stopPhoto'
import type { NewStop } from '../schemas/newStop'
import type { NewWalk } from '../schemas/newWalk'
import type { PhotoView } from '../utils/photoView'
/** What a volunteer works on: a stop's text (and position, narration) or a walk's text. */
export type SubmissionKind = 'stop' | 'walk'

/** draft → submitted → published, or → returned (with a comment) → draft again. */
export type SubmissionStatus = 'draft' | 'submitted' | 'returned' | 'published'

/** After an approval's commit: the publish command still running, finished or failed; none configured; or pushed to the remote whose deployment publishes it. */
export type PublishState = 'running' | 'done' | 'failed' | 'skipped' | 'pushed'

/** A stop's position as the volunteer's phone measured it (WGS-84), with its accuracy radius. */
export interface SubmittedPosition {
  lat: number
  lng: number
  accuracyM: number
}

export interface SubmissionAudio {
  type: string
  bytes: number
  durationS: number
  /** Where the author and organisers can play it. */
  url: string
}

/** A photo waiting for review, as stored beside its submission: re-encoded without metadata, with its credit. */
export interface SubmissionPhoto extends PhotoCredit {
  file: string
  width: number
  height: number
  bytes: number
}

/** A submission as the studio shows it. */
export interface SubmissionView {
  id: string
  kind: SubmissionKind
  slug: string
  locale: string
  status: SubmissionStatus
  fields: Record<string, string>
  body: string
  position: SubmittedPosition | null
  /** The stop's practical block as the volunteer would publish it; null keeps the published one. */
  practical: PracticalEdit | null
  audio: SubmissionAudio | null
  /** Set on a stop proposed in the studio: its facts and place on a walk. */
  newStop: NewStop | null
  /** Set on a walk proposed in the studio: its stops, stations and warnings. */
  newWalk: NewWalk | null
  /** Set on a proposal to undo a published change: the commit it reverts is that submission's. */
  revertOf: string | null
  /** A new photo of the stop, shown as the stop page will show it; null keeps the published one. */
  photo: PhotoView | null
  author: { name: string }
  reviewComment: string | null
  commitSha: string | null
  publishState: PublishState | null
  revision: number
  /** The title in the published English text, for lists. */
  title: string
  updatedAt: string
  submittedAt: string | null
}

/** One published change in the studio's history. */
export interface PublishedChange {
  id: string
  kind: SubmissionKind
  slug: string
  locale: string
  /** The text's English title. */
  title: string
  author: string
  reviewer: string
  publishedAt: string
  commitSha: string
  /** Set when this change undid another: that one's id. */
  undoes: string | null
  /** The published change that undid this one, or the proposal to undo it waiting for review. */
  undoneBy: string | null
  undoWaiting: string | null
}

/** One changed file of a submission: a unified diff against the published file. */
export interface FileChange {
  path: string
  /** 'binary' for audio: only the sizes are shown. */
  kind: 'text' | 'binary'
  added: boolean
  hunks: { header: string, lines: string[] }[]
  bytes?: number
}

export interface SubmissionReview extends SubmissionView {
  changes: FileChange[]
  /** The published file changed after this draft began: approving replaces that newer text. */
  publishedChangedSince: boolean
  /** Whether the person looking is its author (who may edit it). */
  mine: boolean
}

/** A text in one language as published in the content folder. */
export interface PublishedText {
  locale: string
  fields: Record<string, string>
  body: string
}

/** Everything the editor needs to open one stop or walk in one language. */
export interface EditorSnapshot {
  kind: SubmissionKind
  slug: string
  locale: string
  /** The text to translate from (English, or Chinese when editing English); null when editing the only original. */
  source: PublishedText | null
  published: PublishedText | null
  /** Translations: missing, current or stale against their source; originals: 'original'. */
  state: 'original' | 'current' | 'stale' | 'missing'
  /** A stale translation: what changed in its source since it was made (null when that version is not in the history). */
  sourceChanges: FileChange | null
  position: SubmittedPosition | null
  /** A stop's published practical block and the sources its claims may cite; null for a walk. */
  practical: { facts: Practical, sources: StopFacts['sources'] } | null
  narration: { kind: 'recorded' | 'synthesised', src: string, type: string } | null
  /** The language's glossary, shown beside the editor; null when the language has none. */
  glossary: Glossary | null
  draft: SubmissionView | null
}

/** Why a submission cannot be published yet: the field at fault and a code the studio translates. */
export interface SubmissionIssue {
  /** `fields.title`, `body`, `position`, `audio`… */
  field: string
  code: string
  /** What the code is about: a number of characters, a link… */
  subject?: string
  /** In the body, the line. */
  line?: number
}
