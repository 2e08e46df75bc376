/**
 * Every reason the API gives for refusing a request. Each has a message `errors.<key>` in every
 * locale; the server sends the key, the client shows the message in the reader's language.
 */
export const API_ERROR_KEYS = [
  'invalidInput', 'bodyTooLarge', 'crossSite', 'tooManyRequests', 'notFound', 'methodNotAllowed',
  'unauthenticated', 'forbidden', 'badCredentials',
  'walkNotFound', 'stopNotFound', 'eventNotFound', 'signupNotFound', 'notPublished', 'cancelled', 'deadlinePassed', 'idempotencyConflict',
  'ticketUnknown', 'ticketOtherEvent', 'ticketWaiting', 'ticketCancelled',
  'inviteNotFound', 'inviteUsed', 'inviteExpired', 'emailTaken',
  'textNotFound', 'submissionNotFound', 'submissionChanged', 'submissionLocked', 'submissionInvalid',
  'notARepository', 'publishFailed', 'publishBusy', 'audioInvalid', 'audioTooLarge', 'noPublicOrigin', 'notReady', 'capacityBelowConfirmed',
  'noPlaceToCalendar', 'liveNotStarted', 'liveEnded', 'liveConfirmedOnly',
  'reflectionConfirmedOnly', 'reflectionNotYet', 'reflectionExpired', 'reflectionNotFound', 'photoInvalid', 'photoTooLarge', 'photoTooSmall',
  'guideOnly', 'teamAccountNotFound', 'teamLastOrganiser', 'teamNotMember', 'teamVolunteerGuideOnly',
  'moveOverCapacity', 'moveNobodyWaiting', 'moveCheckedIn', 'moveCancelledSignup',
  'repeatDatePast', 'repeatSameDay', 'messageNobody',
] as const

export type ApiErrorKey = typeof API_ERROR_KEYS[number]

/** What a refusal carries besides its status: the reason, and the form fields at fault. */
export interface ApiErrorData {
  key: ApiErrorKey
  fields?: string[]
  issues?: unknown[]
}
