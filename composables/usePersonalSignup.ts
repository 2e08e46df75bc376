import type { MaybeRefOrGetter } from 'vue'
import type { FetchError } from 'ofetch'
import type { PersonalSignup } from '#shared/types/event'

const storageKey = (token: string) => `citywalk:ticket:${token}`

/**
 * The student's sign-up behind their personal link. The last confirmed ticket is kept on this phone
 * (localStorage) so the page can still show it at the meeting point with no connection; a
 * cancellation or deletion removes the saved copy.
 */
export async function usePersonalSignup(token: MaybeRefOrGetter<string>) {
  const { locale } = useI18n()
  const saved = ref<PersonalSignup | null>(null)
  // Registered before the await below, which would leave the component's setup context behind.
  onMounted(() => {
    watch(result.data, (fresh) => {
      if (fresh) keep(toValue(token), fresh)
      else saved.value = read(toValue(token))
    }, { immediate: true })
  })
  const result = await useAsyncData(
    () => `personal-signup:${toValue(token)}:${locale.value}`,
    () => $fetch<PersonalSignup>(`/api/signups/${toValue(token)}`, { query: { locale: locale.value } })
      .catch((error: FetchError) => {
        // No answer at all means no connection: the saved ticket is shown instead.
        if (import.meta.client && !error.response) return null
        throw error
      }),
  )
  const status = result.error.value?.statusCode
  if (status) {
    throw createError({ statusCode: status === 404 ? 404 : 500, statusMessage: status === 404 ? 'Not found' : 'Sign-up unavailable', fatal: true })
  }

  return {
    signup: computed(() => result.data.value ?? saved.value),
    /** Shown from this phone's copy because the server could not be reached. */
    offline: computed(() => !result.data.value && saved.value !== null),
    /** Neither the server nor a saved copy: nothing to show. */
    unreachable: computed(() => !result.data.value && saved.value === null && result.status.value !== 'pending'),
    refresh: result.refresh,
  }
}

function keep(token: string, signup: PersonalSignup) {
  try {
    if (signup.ticket) localStorage.setItem(storageKey(token), JSON.stringify(signup))
    else localStorage.removeItem(storageKey(token))
  }
  catch {
    // Private mode or a full store: the page still works online.
  }
}

function read(token: string): PersonalSignup | null {
  try {
    const text = localStorage.getItem(storageKey(token))
    return text ? JSON.parse(text) as PersonalSignup : null
  }
  catch {
    return null
  }
}
