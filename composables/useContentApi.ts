import type { MaybeRefOrGetter } from 'vue'
import type { LocaleCode } from '~~/i18n/registry'

/**
 * Fetches one of the content API routes in the current UI language. Content is queried on the
 * server so the browser never downloads the content database; a 404 becomes the not-found page.
 */
export async function useContentApi<T>(path: MaybeRefOrGetter<string>) {
  const { locale } = useI18n()
  const nuxtApp = useNuxtApp()
  const result = await useFetch<T>(() => toValue(path), {
    query: { locale: computed(() => locale.value as LocaleCode) },
  })
  const error = result.error.value
  if (error) {
    // No status at all means no answer: offline, and this page was never stored. The error page says which.
    // A malformed name or id in the address (400) names nothing that exists either.
    const notFound = error.statusCode === 404 || error.statusCode === 400
    throw createError({ statusCode: notFound ? 404 : error.statusCode ? 500 : 503, statusMessage: notFound ? 'Not found' : 'Content unavailable', fatal: true })
  }
  // While the app starts, the page hydrates in a task of its own after the layout: on a cheap phone the two
  // together were one long task that held back taps and scrolling.
  if (import.meta.client && nuxtApp.isHydrating) await yieldToMain()
  return result
}
