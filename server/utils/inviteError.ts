import { InviteRefused, type InviteProblem } from '../db/inviteStore'

const STATUS: Record<InviteProblem, number> = { inviteNotFound: 404, inviteUsed: 410, inviteExpired: 410, emailTaken: 409 }

/** An invite the store refused, as the API answers it; any other error as it is. */
export function inviteApiError(error: unknown) {
  return error instanceof InviteRefused ? apiError(STATUS[error.reason], error.reason) : error
}
