import { creditView } from '../../shared/utils/photoView'
import type { SubmissionView } from '../../shared/types/submission'
import type { SubmissionRow } from './submissionStore'

/** A submission as the studio shows it; `title` is the text's English title, for lists. */
export function submissionView(row: SubmissionRow, authorName: string, title: string): SubmissionView {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    locale: row.locale,
    status: row.status,
    fields: row.fields,
    body: row.body,
    position: row.position ?? null,
    practical: row.practical ?? null,
    audio: row.audioFile
      ? { type: row.audioType!, bytes: row.audioBytes!, durationS: row.audioDurationMs! / 1000, url: `/api/studio/submissions/${row.id}/audio?v=${row.revision}` }
      : null,
    revertOf: row.revertOf ?? null,
    newStop: row.newStop ?? null,
    newWalk: row.newWalk ?? null,
    photo: row.photo
      ? { src: `/api/studio/submissions/${row.id}/photo?v=${row.revision}`, sources: [], width: row.photo.width, height: row.photo.height, ...creditView(row.photo) }
      : null,
    author: { name: authorName },
    reviewComment: row.reviewComment,
    commitSha: row.commitSha,
    publishState: row.publishState ?? null,
    revision: row.revision,
    title,
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }
}
