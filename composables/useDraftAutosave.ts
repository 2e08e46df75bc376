import type { FetchError } from 'ofetch'
import type { EditorTarget } from '#shared/schemas/submission'
import type { PracticalEdit } from '#shared/schemas/content'
import type { SubmittedPosition, SubmissionView } from '#shared/types/submission'

export interface DraftContent {
  fields: Record<string, string>
  body: string
  position: SubmittedPosition | null
  /** The stop's practical facts as edited; null keeps the published ones. */
  practical: PracticalEdit | null
}

type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'failed'

const SAVE_DELAY_MS = 800
const keyOf = (target: EditorTarget) => `citywalk:studio-draft:${target.kind}/${target.slug}/${target.locale}`

/**
 * Saves the draft on the server a moment after each change, and keeps a copy on the phone until the
 * server has it: a crashed browser or a lost connection loses nothing, and the copy is sent when the
 * editor opens again or the connection comes back.
 */
export function useDraftAutosave(target: EditorTarget, content: Ref<DraftContent>, onSaved: (view: SubmissionView) => void) {
  const state = ref<SaveState>('idle')
  const savedAt = ref<Date | null>(null)
  const online = useOnline()
  let timer: ReturnType<typeof setTimeout> | undefined
  let saving: Promise<void> | null = null
  let again = false

  const unsaved = () => {
    try {
      const raw = localStorage.getItem(keyOf(target))
      return raw ? JSON.parse(raw) as DraftContent : null
    }
    catch {
      return null
    }
  }

  async function save() {
    if (saving) {
      again = true
      return saving
    }
    state.value = 'saving'
    saving = (async () => {
      try {
        const view = await $fetch<SubmissionView>('/api/studio/drafts', { method: 'PUT', body: { ...target, ...content.value } })
        localStorage.removeItem(keyOf(target))
        savedAt.value = new Date(view.updatedAt)
        state.value = 'saved'
        onSaved(view)
      }
      catch (error) {
        state.value = (error as FetchError).statusCode ? 'failed' : 'offline'
      }
      finally {
        saving = null
      }
    })()
    await saving
    if (again) {
      again = false
      await save()
    }
  }

  function changed() {
    localStorage.setItem(keyOf(target), JSON.stringify(content.value))
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }

  watch(online, now => now && unsaved() && save())
  onBeforeUnmount(() => clearTimeout(timer))

  return {
    state,
    savedAt,
    changed,
    /** Sends any pending change now, e.g. before submitting. */
    flush: async () => {
      clearTimeout(timer)
      if (unsaved() || state.value !== 'saved') await save()
      return state.value === 'saved'
    },
    /** A copy left on this phone by an earlier session that the server never got. */
    unsaved,
  }
}
