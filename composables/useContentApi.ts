import type { MaybeRefOrGetter } from 'vue'
import type { LocaleCode } from '~~/i18n/registry'

/**
 * Fetches one of the content API routes in the current UI language. Content is queried on the
 * server so the browser never downloads the content database; a 404 becomes the not-found page.
 */
export async function useContentApi<T>(path: MaybeRefOrGetter<string>) {
  const { locale } = useI18n()
  const result = await useFetch<T>(() => toValue(path), {
    query: { locale: computed(() => locale.value as LocaleCode) },
  })
  const status = result.error.value?.statusCode
  if (status) {
    throw createError({ statusCode: status === 404 ? 404 : 500, statusMessage: status === 404 ? 'Not found' : 'Content unavailable', fatal: true })
  }
  return result
}
