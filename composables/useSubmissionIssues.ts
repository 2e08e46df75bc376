import type { SubmissionIssue } from '#shared/types/submission'

/** Why a submission cannot be published, in the volunteer's language, for one field or all. */
export function useSubmissionIssues(issues: Ref<SubmissionIssue[]>) {
  const { t } = useI18n()
  const text = (issue: SubmissionIssue) => {
    const subject = issue.subject ?? ''
    const messages: Record<string, () => string> = {
      required: () => t('studio.issues.required'),
      tooShort: () => t('studio.issues.tooShort', { subject }),
      tooLong: () => t('studio.issues.tooLong', { subject }),
      unknownField: () => t('studio.issues.unknownField', { subject }),
      markup: () => t('studio.issues.markup'),
      hiddenCharacters: () => t('studio.issues.hiddenCharacters'),
      rawHtml: () => t('studio.issues.rawHtml'),
      component: () => t('studio.issues.component'),
      attributes: () => t('studio.issues.attributes'),
      imageAlt: () => t('studio.issues.imageAlt', { subject }),
      brokenLink: () => t('studio.issues.brokenLink', { subject }),
      outsideImage: () => t('studio.issues.outsideImage', { subject }),
      unsafeLink: () => t('studio.issues.unsafeLink', { subject }),
      outsideShanghai: () => t('studio.issues.outsideShanghai'),
      audioMissing: () => t('studio.issues.audioMissing'),
      photoMissing: () => t('studio.issues.photoMissing'),
      unknownText: () => t('studio.issues.unknownText'),
      noChanges: () => t('studio.issues.noChanges'),
      glossary: () => t('studio.issues.glossary', { subject }),
      questions: () => t('studio.issues.questions'),
      visitDate: () => t('studio.issues.visitDate'),
      futureDate: () => t('studio.issues.futureDate', { subject }),
      closesBeforeOpening: () => t('studio.issues.closesBeforeOpening', { subject }),
      unknownSource: () => t('studio.issues.unknownSource'),
      revertConflict: () => t('studio.issues.revertConflict', { subject }),
      revertMissing: () => t('studio.issues.revertMissing'),
      slugTaken: () => t('studio.issues.slugTaken', { subject }),
      unknownWalk: () => t('studio.issues.unknownWalk'),
      unknownStop: () => t('studio.issues.unknownStop', { subject }),
      frontMatterInBody: () => t('studio.issues.frontMatterInBody'),
    }
    return (messages[issue.code] ?? (() => t('studio.issues.markdown')))()
  }
  const message = (issue: SubmissionIssue) => issue.line ? t('studio.issues.atLine', { line: issue.line, message: text(issue) }) : text(issue)
  return {
    message,
    forField: (field: string) => issues.value.filter(issue => issue.field === field).map(message).join(' ') || undefined,
  }
}
