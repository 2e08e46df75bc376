import type { PublishState, SubmissionStatus } from '#shared/types/submission'

/** The studio's translated names for statuses, fields and refusals, each key written out for the i18n check. */
export function useStudioLabels() {
  const { t } = useI18n()
  const status = (value: SubmissionStatus) => ({
    draft: t('studio.submissionStatus.draft'),
    submitted: t('studio.submissionStatus.submitted'),
    returned: t('studio.submissionStatus.returned'),
    published: t('studio.submissionStatus.published'),
  })[value]
  const publishState = (value: PublishState, commit: string) => ({
    running: t('studio.publishState.running', { commit }),
    done: t('studio.publishState.done', { commit }),
    failed: t('studio.publishState.failed', { commit }),
    skipped: t('studio.publishState.skipped', { commit }),
    pushed: t('studio.publishState.pushed', { commit }),
  })[value]
  const field = (name: string) => ({
    title: t('studio.fields.title'),
    summary: t('studio.fields.summary'),
    address: t('studio.fields.address'),
    accessNotes: t('studio.fields.accessNotes'),
    questions: t('studio.fields.questions'),
    startLabel: t('studio.fields.startLabel'),
    endLabel: t('studio.fields.endLabel'),
  } as Record<string, string>)[name] ?? name
  /** Where in the editor an issue is: a field's name, the text, the position or the narration. */
  const place = (issueField: string) => {
    if (issueField.startsWith('fields.')) return field(issueField.slice('fields.'.length))
    return ({
      body: t('studio.editor.bodyHeading'),
      position: t('studio.position.heading'),
      practical: t('studio.practical.heading'),
      audio: t('studio.recorder.heading'),
    } as Record<string, string>)[issueField] ?? issueField
  }
  return { status, publishState, field, place }
}
