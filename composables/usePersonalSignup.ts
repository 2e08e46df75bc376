import type { MaybeRefOrGetter } from 'vue'
import type { FetchError } from 'ofetch'
import type { PersonalSignup } from '#shared/types/event'
import { PAGES_CACHE } from '#shared/offline/cacheNames'

const storageKey = (token: string) => `citywalk:ticket:${token}`

/**
 * The student's sign-up behind their personal link. The last confirmed ticket is kept on this phone
 * (localStorage) so the page can still show it at the meeting point with no connection; a
 * cancellation or deletion removes the saved copy, and the service worker's copy of the page too.
 */
export async function usePersonalSignup(token: MaybeRefOrGetter<string>) {
  const { locale } = useI18n()
  const online = useOnline()
  const saved = ref<PersonalSignup | null>(null)
  const mounted = ref(false)
  // Registered before the await below, which would leave the component's setup context behind.
  onMounted(() => {
    mounted.value = true
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
    // A malformed link (400) leads to no sign-up, just like an unknown one.
    const notFound = status === 404 || status === 400
    throw createError({ statusCode: notFound ? 404 : 500, statusMessage: notFound ? 'Not found' : 'Sign-up unavailable', fatal: true })
  }

  const signup = computed(() => result.data.value ?? saved.value)
  return {
    signup,
    /**
     * Shown from this phone: the server could not be reached (the saved ticket), or the whole page
     * came from the service worker's cache. Only after mounting, so hydration sees what the server rendered.
     */
    offline: computed(() => mounted.value && signup.value !== null && (!result.data.value || !online.value)),
    /** Neither the server nor a saved copy: nothing to show. */
    unreachable: computed(() => mounted.value && signup.value === null),
    refresh: result.refresh,
  }
}

function keep(token: string, signup: PersonalSignup) {
  try {
    if (signup.ticket) {
      localStorage.setItem(storageKey(token), JSON.stringify(signup))
      return
    }
    localStorage.removeItem(storageKey(token))
    forgetSavedPage(token).catch(() => {})
  }
  catch {
    // Private mode or a full store: the page still works online.
  }
}

/** A copy of the page that the service worker kept while the place was confirmed would still show the ticket offline. */
async function forgetSavedPage(token: string) {
  if (!('caches' in globalThis)) return
  const cache = await caches.open(PAGES_CACHE)
  for (const request of await cache.keys()) {
    if (new URL(request.url).pathname.endsWith(`/signup/${token}`)) await cache.delete(request)
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
