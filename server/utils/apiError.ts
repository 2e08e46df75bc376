import { z } from 'zod'
import { fieldsAtFault } from '../../shared/utils/fieldsAtFault'

/**
 * The one way API routes refuse a request: an HTTP status and a message key the client shows in
 * the reader's language (`errors.<key>` in i18n/locales), with the fields at fault when a form
 * was wrong. Never any personal data.
 */
export type ApiErrorKey
  = | 'invalidInput' | 'eventNotFound' | 'signupNotFound' | 'notPublished' | 'cancelled' | 'deadlinePassed'
    | 'tooManyRequests' | 'crossSite' | 'unauthenticated' | 'forbidden' | 'badCredentials' | 'bodyTooLarge'
    | 'idempotencyConflict' | 'inviteNotFound' | 'inviteUsed' | 'inviteExpired' | 'emailTaken'
    | 'ticketUnknown' | 'ticketOtherEvent' | 'ticketWaiting' | 'ticketCancelled'
    | 'textNotFound' | 'submissionNotFound' | 'submissionChanged' | 'submissionLocked' | 'submissionInvalid'
    | 'notARepository' | 'publishFailed' | 'audioInvalid' | 'audioTooLarge'

export function apiError(statusCode: number, key: ApiErrorKey, fields?: string[], issues?: unknown[]) {
  return createError({ statusCode, statusMessage: key, data: { key, fields, issues } })
}

/** Validation errors name their fields, which the form marks; the details stay on the server. */
export function invalidInput(error: z.ZodError) {
  return apiError(422, 'invalidInput', fieldsAtFault(error))
}

export const idParamSchema = z.object({ id: z.uuid() })
export const tokenParamSchema = z.object({ token: z.string().regex(/^[\w-]{32}$/) })
