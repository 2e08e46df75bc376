import type { FetchError } from 'ofetch'
import { API_ERROR_KEYS, type ApiErrorKey } from '#shared/types/apiError'

/** A failed API call as the page needs it: why (a known key, `network` when no answer came, else `unknown`) and which fields. */
export interface ApiFailure {
  key: ApiErrorKey | 'network' | 'unknown'
  status: number | null
  fields: string[]
  issues: unknown[]
}

const known = new Set<string>(API_ERROR_KEYS)

export function apiErrorOf(error: unknown): ApiFailure {
  const failure = error as FetchError<{ data?: { key?: unknown, fields?: unknown, issues?: unknown } }> | null
  const status = failure?.statusCode ?? failure?.response?.status ?? null
  const data = failure?.data?.data
  const key = typeof data?.key === 'string' && known.has(data.key) ? data.key as ApiErrorKey : status ? 'unknown' : 'network'
  return {
    key,
    status,
    fields: Array.isArray(data?.fields) ? data.fields.filter((f): f is string => typeof f === 'string') : [],
    issues: Array.isArray(data?.issues) ? data.issues : [],
  }
}
