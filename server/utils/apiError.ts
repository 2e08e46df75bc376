import { z } from 'zod'
import type { H3Event } from 'h3'
import type { ApiErrorData, ApiErrorKey } from '../../shared/types/apiError'
import { fieldsAtFault } from '../../shared/utils/fieldsAtFault'

/**
 * The one way API routes refuse a request: an HTTP status and a message key the client shows in
 * the reader's language (`errors.<key>` in i18n/locales), with the fields at fault when a form
 * was wrong. Never any personal data.
 */
export function apiError(statusCode: number, key: ApiErrorKey, fields?: string[], issues?: unknown[]) {
  return createError<ApiErrorData>({ statusCode, statusMessage: key, data: { key, fields, issues } })
}

/** Validation errors name their fields, which the form marks; the details stay on the server. */
export function invalidInput(error: z.ZodError) {
  return apiError(422, 'invalidInput', fieldsAtFault(error))
}

export const idParamSchema = z.object({ id: z.uuid() })
export const tokenParamSchema = z.object({ token: z.string().regex(/^[\w-]{32}$/) })

/** A route's parameters; one that cannot name anything (a malformed id or token) is simply not found. */
export async function routeParams<T>(event: H3Event, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(getRouterParams(event))
  if (!parsed.success) throw apiError(404, 'notFound')
  return parsed.data
}

/** A route's query, refused with the parameters at fault. */
export async function queryParams<T>(event: H3Event, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(getQuery(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  return parsed.data
}
