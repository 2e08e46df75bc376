import { CapacityBelowConfirmed } from '../db/eventStore'
import { InviteRefused, type InviteProblem } from '../db/inviteStore'
import { IdempotencyConflict, SignupRefused } from '../db/signupStore'
import { ApprovalRefused } from '../studio/approveSubmission'
import { AudioRefused } from '../studio/audioUpload'
import { SubmissionRefused, type SubmissionProblem } from '../studio/submissionStore'
import { NoPublicOrigin } from './publicOrigin'

const INVITE_STATUS: Record<InviteProblem, number> = { inviteNotFound: 404, inviteUsed: 410, inviteExpired: 410, emailTaken: 409 }
const SUBMISSION_STATUS: Record<SubmissionProblem, number> = { submissionNotFound: 404, submissionLocked: 409, submissionChanged: 409 }

/**
 * The one table from the domain's refusals (stores, studio, configuration) to HTTP answers.
 * Anything else is passed on as it is: a real fault stays a fault.
 */
/** A busy publisher is worth trying again shortly (503); a broken one needs the maintainer (500). */
const APPROVAL_STATUS = { notARepository: 409, publishBusy: 503, publishFailed: 500 } as const

export function apiErrorFor(error: unknown): unknown {
  if (error instanceof SignupRefused) return apiError(error.reason === 'eventNotFound' ? 404 : 409, error.reason)
  if (error instanceof CapacityBelowConfirmed) return apiError(409, 'capacityBelowConfirmed', ['capacity'])
  if (error instanceof IdempotencyConflict) return apiError(409, 'idempotencyConflict', ['idempotencyKey'])
  if (error instanceof InviteRefused) return apiError(INVITE_STATUS[error.reason], error.reason)
  if (error instanceof SubmissionRefused) return apiError(SUBMISSION_STATUS[error.reason], error.reason)
  if (error instanceof AudioRefused) return apiError(error.reason === 'audioTooLarge' ? 413 : 422, error.reason)
  if (error instanceof ApprovalRefused) {
    if (error.reason === 'invalid') return apiError(422, 'submissionInvalid', [...new Set(error.issues.map(i => i.field))], error.issues)
    return apiError(APPROVAL_STATUS[error.reason], error.reason)
  }
  if (error instanceof NoPublicOrigin) return apiError(503, 'noPublicOrigin')
  return error
}
