import type { ApiFailure } from '~/utils/apiErrorOf'

type Reason = ApiFailure['key']

/**
 * Turns a failed API call into a message in the reader's language: `errors.<key>`, unless the
 * caller has a better word for a reason in its own context (`overrides`).
 */
export function useApiErrorMessage() {
  const { t } = useI18n()
  // Written out key by key: the i18n check finds every message a page uses by its literal name.
  const messages = computed<Record<Reason, string>>(() => ({
    invalidInput: t('errors.invalidInput'),
    bodyTooLarge: t('errors.bodyTooLarge'),
    crossSite: t('errors.crossSite'),
    tooManyRequests: t('errors.tooManyRequests'),
    notFound: t('errors.notFound'),
    methodNotAllowed: t('errors.methodNotAllowed'),
    unauthenticated: t('errors.unauthenticated'),
    forbidden: t('errors.forbidden'),
    badCredentials: t('errors.badCredentials'),
    walkNotFound: t('errors.walkNotFound'),
    stopNotFound: t('errors.stopNotFound'),
    eventNotFound: t('errors.eventNotFound'),
    signupNotFound: t('errors.signupNotFound'),
    notPublished: t('errors.notPublished'),
    cancelled: t('errors.cancelled'),
    deadlinePassed: t('errors.deadlinePassed'),
    idempotencyConflict: t('errors.idempotencyConflict'),
    ticketUnknown: t('errors.ticketUnknown'),
    ticketOtherEvent: t('errors.ticketOtherEvent'),
    ticketWaiting: t('errors.ticketWaiting'),
    ticketCancelled: t('errors.ticketCancelled'),
    inviteNotFound: t('errors.inviteNotFound'),
    inviteUsed: t('errors.inviteUsed'),
    inviteExpired: t('errors.inviteExpired'),
    emailTaken: t('errors.emailTaken'),
    textNotFound: t('errors.textNotFound'),
    submissionNotFound: t('errors.submissionNotFound'),
    submissionChanged: t('errors.submissionChanged'),
    submissionLocked: t('errors.submissionLocked'),
    submissionInvalid: t('errors.submissionInvalid'),
    notARepository: t('errors.notARepository'),
    publishFailed: t('errors.publishFailed'),
    publishBusy: t('errors.publishBusy'),
    audioInvalid: t('errors.audioInvalid'),
    audioTooLarge: t('errors.audioTooLarge'),
    noPublicOrigin: t('errors.noPublicOrigin'),
    notReady: t('errors.notReady'),
    capacityBelowConfirmed: t('errors.capacityBelowConfirmed'),
    noPlaceToCalendar: t('errors.noPlaceToCalendar'),
    liveNotStarted: t('errors.liveNotStarted'),
    liveEnded: t('errors.liveEnded'),
    liveConfirmedOnly: t('errors.liveConfirmedOnly'),
    reflectionConfirmedOnly: t('errors.reflectionConfirmedOnly'),
    reflectionNotYet: t('errors.reflectionNotYet'),
    reflectionExpired: t('errors.reflectionExpired'),
    reflectionNotFound: t('errors.reflectionNotFound'),
    photoInvalid: t('errors.photoInvalid'),
    photoTooLarge: t('errors.photoTooLarge'),
    photoTooSmall: t('errors.photoTooSmall'),
    guideOnly: t('errors.guideOnly'),
    teamAccountNotFound: t('errors.teamAccountNotFound'),
    teamLastOrganiser: t('errors.teamLastOrganiser'),
    teamNotMember: t('errors.teamNotMember'),
    teamVolunteerGuideOnly: t('errors.teamVolunteerGuideOnly'),
    moveOverCapacity: t('errors.moveOverCapacity'),
    moveNobodyWaiting: t('errors.moveNobodyWaiting'),
    moveCheckedIn: t('errors.moveCheckedIn'),
    moveCancelledSignup: t('errors.moveCancelledSignup'),
    repeatDatePast: t('errors.repeatDatePast'),
    repeatSameDay: t('errors.repeatSameDay'),
    messageNobody: t('errors.messageNobody'),
    network: t('errors.network'),
    unknown: t('errors.unknown'),
  }))
  const forKey = (key: string | undefined, overrides: Partial<Record<Reason, string>> = {}) => {
    const reason = (key && key in messages.value ? key : 'unknown') as Reason
    return overrides[reason] ?? messages.value[reason]
  }
  return {
    forKey,
    /** The message for a failed `$fetch`; `overrides` word some reasons for the caller's context. */
    forError: (error: unknown, overrides: Partial<Record<Reason, string>> = {}) => forKey(apiErrorOf(error).key, overrides),
  }
}
