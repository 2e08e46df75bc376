import type { NewStop } from '#shared/schemas/newStop'
import type { NewWalk } from '#shared/schemas/newWalk'
import type { SubmissionIssue, SubmissionView } from '#shared/types/submission'

interface Proposed { stop: NewStop, walk: NewWalk }

/**
 * The studio's "new stop" and "new walk": sends the facts, then opens the editor for the English text. A
 * refusal comes back as issues on the form's fields (`fieldOf` names the field a schema error points at) and a message.
 */
export function useProposal<K extends keyof Proposed>(kind: K, fieldOf: (field: string) => string) {
  const localePath = useLocalePath()
  const errorMessage = useApiErrorMessage()
  const issues = ref<SubmissionIssue[]>([])
  const failure = ref('')
  const busy = ref(false)

  async function propose(facts: Proposed[K]) {
    failure.value = ''
    issues.value = []
    busy.value = true
    try {
      const proposal = await $fetch<SubmissionView>(`/api/studio/new-${kind}s`, { method: 'POST', body: facts })
      await navigateTo(localePath(`/studio/edit/${kind}/${proposal.slug}/en`))
    }
    catch (error) {
      const refusal = apiErrorOf(error)
      // A check of the content (name taken, unknown walk) names its issues; the schema names the fields at fault.
      issues.value = refusal.issues.length
        ? refusal.issues as SubmissionIssue[]
        : refusal.fields.map(field => ({ field: fieldOf(field), code: 'required' }))
      failure.value = errorMessage.forError(error)
    }
    finally {
      busy.value = false
    }
  }

  return { issues, failure, busy, propose }
}
