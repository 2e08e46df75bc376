import { ApprovalRefused } from '../studio/approveSubmission'
import { AudioRefused } from '../studio/audioUpload'
import { SubmissionRefused } from '../studio/submissionStore'

/** The API's answer to a refusal from the studio; anything else is passed on as it is. */
export function studioApiError(error: unknown) {
  if (error instanceof SubmissionRefused) return apiError(error.reason === 'submissionNotFound' ? 404 : 409, error.reason)
  if (error instanceof AudioRefused) return apiError(error.reason === 'audioTooLarge' ? 413 : 422, error.reason)
  if (error instanceof ApprovalRefused) {
    if (error.reason === 'invalid') return apiError(422, 'submissionInvalid', [...new Set(error.issues.map(i => i.field))], error.issues)
    return apiError(error.reason === 'notARepository' ? 409 : 500, error.reason)
  }
  return error
}
